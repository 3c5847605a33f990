import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { ConfigError } from '../runtimeConfig';

/** Name of the key file kept in the data directory when `DATA_KEY` is not set. */
export const DATA_KEY_FILE = 'data.key';

const KEY_BYTES = 32;
const HEX_KEY = /^[0-9a-fA-F]{64}$/;
const BASE64_KEY = /^[A-Za-z0-9+/]{43}=$/;

export interface LoadDataKeyOptions {
  env: Record<string, string | undefined>;
  /** Directory that holds the database; the fallback key file lives beside it. */
  dataDir: string;
  log: { warn(message: string): void };
}

// Key files we already warned about in this process: the config may be evaluated more than
// once (admin build, dev reloads) and one warning per key is enough.
const warnedFiles = new Set<string>();

/**
 * Returns the 32-byte master key that encrypts personal data of support-group sign-ups.
 *
 * Order: `DATA_KEY` (base64, 44 chars, or hex, 64 chars) → `DATA_DIR/data.key` → a newly
 * generated key written to `DATA_DIR/data.key` (hex, mode 0600). Using the file, also in
 * production, works but logs one warning: losing that file means losing the data, so
 * operators must back it up or move it into `DATA_KEY`. Once data is encrypted, the key must
 * never change: switching from the file to `DATA_KEY` means copying the file's value.
 *
 * @throws ConfigError when `DATA_KEY` or the key file holds something that is not a 32-byte key.
 */
export function loadDataKey({ env, dataDir, log }: LoadDataKeyOptions): Buffer {
  const fromEnv = env.DATA_KEY?.trim();
  if (fromEnv) return parseEnvKey(fromEnv);

  const file = path.join(dataDir, DATA_KEY_FILE);
  const created = createKeyFileIfMissing(file);
  const key = readKeyFile(file);
  if (!warnedFiles.has(file)) {
    warnedFiles.add(file);
    log.warn(fileKeyWarning(file, created, env.NODE_ENV === 'production'));
  }
  return key;
}

function parseEnvKey(value: string): Buffer {
  if (HEX_KEY.test(value)) return Buffer.from(value, 'hex');
  if (BASE64_KEY.test(value)) {
    const key = Buffer.from(value, 'base64');
    if (key.length === KEY_BYTES) return key;
  }
  // Never echo the value: it is (meant to be) a secret.
  throw new ConfigError(
    'DATA_KEY must be 32 random bytes written as base64 (44 characters) or hex (64 characters); create one with: openssl rand -base64 32',
  );
}

/** Writes a new key unless the file exists; `wx` makes concurrent starts agree on one key. */
function createKeyFileIfMissing(file: string): boolean {
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  let fd: number;
  try {
    fd = fs.openSync(file, 'wx', 0o600);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    fs.writeSync(fd, `${randomBytes(KEY_BYTES).toString('hex')}\n`);
    // Losing this key loses the data: make sure it reached the disk before anything uses it.
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  return true;
}

function readKeyFile(file: string): Buffer {
  const value = fs.readFileSync(file, 'utf8').trim();
  // An unreadable file is never replaced: data may already be encrypted with its key.
  if (!HEX_KEY.test(value)) {
    throw new ConfigError(`${file} does not contain a 64-character hex key; restore it from a backup or set DATA_KEY.`);
  }
  return Buffer.from(value, 'hex');
}

function fileKeyWarning(file: string, created: boolean, isProduction: boolean): string {
  const origin = created ? 'Generated a new data encryption key' : 'Using the generated data encryption key';
  const advice = isProduction
    ? 'In production, set DATA_KEY to this value and keep a backup: without this key the encrypted sign-up data cannot be read.'
    : 'Back it up; in production, set DATA_KEY instead (without this key the encrypted sign-up data cannot be read).';
  return `${origin} in ${file} because DATA_KEY is not set. ${advice}`;
}
