import { createHmac, randomBytes } from 'node:crypto';
import type { AttemptCounter } from './types';

/**
 * An attempt counter in this process's memory. Keys are replaced by an HMAC with a key that
 * lives only in this process. Correct for one process only: several instances need a counter
 * in the shared database.
 */
export function createMemoryAttemptCounter(now: () => number = Date.now): AttemptCounter {
  const secret = randomBytes(32);
  const windows = new Map<string, { start: number; count: number; windowMs: number }>();
  const id = (bucket: string, key: string) => createHmac('sha256', secret).update(`${bucket}\0${key}`).digest('base64url');
  const current = (name: string, windowMs: number) => {
    const at = now();
    const entry = windows.get(name);
    if (!entry || at - entry.start >= windowMs) return { start: at - (at % windowMs), count: 0, windowMs };
    return entry;
  };
  const sweep = () => {
    if (windows.size < 10_000) return;
    const at = now();
    for (const [name, entry] of windows) if (at - entry.start >= entry.windowMs) windows.delete(name);
  };
  return {
    async hit(bucket, key, windowMs) {
      sweep();
      const name = id(bucket, key);
      const entry = current(name, windowMs);
      entry.count += 1;
      windows.set(name, entry);
      return entry.count;
    },
    async peek(bucket, key, windowMs) {
      return current(id(bucket, key), windowMs).count;
    },
    async clear(bucket, key) {
      windows.delete(id(bucket, key));
    },
  };
}
