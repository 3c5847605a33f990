import { runtimeConfig } from '../runtimeConfig';
import { loadDataKey } from './dataKey';
import { createFieldCipher, type FieldCipher } from './fieldCipher';

// One cipher per data directory and key: tests start several Payloads with their own DATA_DIR.
const ciphers = new Map<string, FieldCipher>();

/**
 * The field cipher for personal data in this process, made from `DATA_KEY` or the key file in
 * `DATA_DIR` (see loadDataKey). Created on first use, so a deployment without support-group
 * sign-ups never needs a key.
 */
export function dataCipher(): FieldCipher {
  const { dataDir } = runtimeConfig();
  const cacheKey = `${dataDir}\0${process.env.DATA_KEY ?? ''}`;
  let cipher = ciphers.get(cacheKey);
  if (!cipher) {
    const key = loadDataKey({
      env: process.env,
      dataDir,
      log: {
        warn: (message) => {
          if (process.env.LOG_LEVEL !== 'silent') {
            process.stderr.write(`${JSON.stringify({ time: new Date().toISOString(), level: 'warn', msg: message })}\n`);
          }
        },
      },
    });
    cipher = createFieldCipher(key);
    ciphers.set(cacheKey, cipher);
  }
  return cipher;
}
