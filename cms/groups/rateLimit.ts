import type { AttemptCounter } from '../lib/rateLimit/types';

export interface RateLimiter {
  /** Counts one attempt for `address`; false when the address used up its attempts. */
  take(address: string | undefined): Promise<boolean>;
}

export interface RateLimitOptions {
  /** Attempts allowed per window (default 5). */
  limit?: number;
  /** Window length in ms (default 10 minutes). */
  windowMs?: number;
}

/** The attempt counter's bucket for public sign-ups. */
export const SIGNUP_BUCKET = 'signup';

/**
 * The sign-up limit per client address, on the portal's attempt counter (`attemptCounter`:
 * in the shared database, so it holds across every server process). The counter stores only
 * a keyed hash of the address; nothing here is logged.
 */
export function createRateLimiter(counter: AttemptCounter, { limit = 5, windowMs = 10 * 60 * 1000 }: RateLimitOptions = {}): RateLimiter {
  return {
    async take(address) {
      // Without an address there is nothing to count by. One shared bucket would let a single
      // bot lock everyone out of signing up; the honeypot and the fill time still apply.
      if (!address) return true;
      return (await counter.hit(SIGNUP_BUCKET, address, windowMs)) <= limit;
    },
  };
}
