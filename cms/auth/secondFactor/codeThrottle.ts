import type { Payload } from 'payload';
import { attemptCounter } from '../../lib/rateLimit/attemptCounter';

const WINDOW_MS = 15 * 60 * 1000;
/** Wrong codes one session may try before it ends (then: sign in with the password again). */
export const CODES_PER_SESSION = 5;
/** Wrong codes per account in 15 minutes before code checks pause until the window ends. */
export const CODES_PER_ACCOUNT = 20;

/**
 * Guessing a code needs the password first, so these limits only ever affect someone who has
 * it. Per session: five wrong codes end the session. Per account: past twenty wrong codes in
 * 15 minutes, codes are not checked at all until the window ends.
 */
export function codeThrottle(payload: Payload) {
  const counter = attemptCounter(payload);
  return {
    async accountPaused(userId: number | string): Promise<boolean> {
      return (await counter.peek('second-factor-account', String(userId), WINDOW_MS)) >= CODES_PER_ACCOUNT;
    },
    /** Counts a wrong code; true when the session has used up its tries. */
    async failed(userId: number | string, sid: string): Promise<boolean> {
      await counter.hit('second-factor-account', String(userId), WINDOW_MS);
      return (await counter.hit('second-factor-session', sid, WINDOW_MS)) >= CODES_PER_SESSION;
    },
    async succeeded(sid: string): Promise<void> {
      await counter.clear('second-factor-session', sid);
    },
  };
}
