import { createHmac, randomBytes } from 'node:crypto';

export interface RateLimiter {
  /** Counts one attempt for `address`; false when the address used up its attempts. */
  take(address: string | undefined): boolean;
}

export interface RateLimitOptions {
  /** Attempts allowed per window (default 5). */
  limit?: number;
  /** Window length in ms (default 10 minutes). */
  windowMs?: number;
  now?: () => number;
}

/**
 * A per-address limit kept in memory only. Addresses are not even kept as such: each is
 * replaced by an HMAC with a random key that lives only in this process, so a memory dump
 * shows no addresses either. Nothing here is written anywhere or logged. Old entries are
 * swept as new ones arrive, so memory stays bounded by the traffic of one window.
 */
export function createRateLimiter({ limit = 5, windowMs = 10 * 60 * 1000, now = Date.now }: RateLimitOptions = {}): RateLimiter {
  const key = randomBytes(32);
  const hits = new Map<string, number[]>();
  let lastSweep = now();

  const sweep = (at: number) => {
    if (at - lastSweep < windowMs) return;
    lastSweep = at;
    for (const [id, times] of hits) if (times.every((t) => at - t >= windowMs)) hits.delete(id);
  };

  return {
    take(address) {
      const at = now();
      sweep(at);
      // Without an address there is nothing to count by. One shared bucket would let a single
      // bot lock everyone out of signing up; the honeypot and the fill time still apply.
      if (!address) return true;
      const id = createHmac('sha256', key).update(address).digest('base64url');
      const recent = (hits.get(id) ?? []).filter((t) => at - t < windowMs);
      if (recent.length >= limit) {
        hits.set(id, recent);
        return false;
      }
      recent.push(at);
      hits.set(id, recent);
      return true;
    },
  };
}
