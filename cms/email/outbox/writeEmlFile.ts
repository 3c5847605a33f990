import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * Writes one email to `dataDir/mail/<time>-<random>.eml` (readable by the owner only: it holds
 * personal data). The name sorts by time and says nothing about the recipient.
 */
export function writeEmlFile(dataDir: string, message: Buffer): string {
  const dir = path.join(dataDir, 'mail');
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const file = path.join(dir, `${stamp}-${randomBytes(4).toString('hex')}.eml`);
  fs.writeFileSync(file, message, { mode: 0o600, flag: 'wx' });
  return file;
}
