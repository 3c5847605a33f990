/**
 * How sign-in slows down. Nothing here locks an account: anyone can send wrong passwords for
 * any address, so a lock would let anyone shut staff out. Instead:
 * - per account (the typed address, whether or not it exists): after 5 attempts without a
 *   success, each attempt waits longer before the password is checked, up to 10 seconds.
 *   The right password always works, after at most that wait.
 * - per client (address decided by server/clientAddress): after 10 failures, waits grow up to
 *   30 seconds; past 100 attempts in 15 minutes the client is refused until the window ends.
 *   This only ever hurts the client that sends them.
 */
export const LOGIN_WINDOW_MS = 15 * 60 * 1000;

export const ACCOUNT_POLICY = { free: 5, baseMs: 500, capMs: 10_000 } as const;
export const CLIENT_POLICY = { free: 10, baseMs: 250, capMs: 30_000 } as const;
export const CLIENT_MAX_ATTEMPTS = 100;

export const BUCKETS = {
  /** Attempts per typed address since its last successful sign-in. */
  account: 'login-account',
  /** Failed sign-ins per client. */
  clientFailures: 'login-client-failures',
  /** All sign-ins per client (the hard ceiling). */
  clientAttempts: 'login-client-attempts',
} as const;

/** 0 for the first `free` attempts, then base, 2×base, 4×base… up to cap. */
export function growingDelay(attempts: number, policy: { free: number; baseMs: number; capMs: number }): number {
  if (attempts <= policy.free) return 0;
  return Math.min(policy.capMs, policy.baseMs * 2 ** (attempts - policy.free - 1));
}

/** How the typed address is counted: as Payload looks it up (trimmed, lower case). */
export function accountKey(email: string): string {
  return email.trim().toLowerCase();
}
