import { randomBytes } from 'node:crypto';

const key = Symbol.for('stopitnow.processId');
const holder = globalThis as unknown as Record<symbol, string | undefined>;

/**
 * A random name for this process, used as the holder of leases and claims so a process can
 * tell its own from another's. Kept on globalThis: the admin's bundle and the server share it.
 */
export function processId(): string {
  holder[key] ??= randomBytes(8).toString('hex');
  return holder[key];
}
