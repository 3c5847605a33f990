import { pbkdf2, randomBytes, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';

const pbkdf2Async = promisify(pbkdf2);

// Payload 3.90's password hash ("pbkdf2-sha256-v1:", 600,000 iterations, 32 bytes) and the
// legacy one (25,000 iterations, 512 bytes) it upgrades on the next sign-in.
const CURRENT_PREFIX = 'pbkdf2-sha256-v1:';
const CURRENT = { iterations: 600_000, keyLength: 32 };
const LEGACY = { iterations: 25_000, keyLength: 512 };

/** A salt that matches no account, made once, to spend the same work for unknown addresses. */
const decoySalt = randomBytes(32).toString('hex');

/**
 * Checks a password against an account's stored hash with exactly the work Payload does, and
 * does the same work for an address that has no account, so the answer takes as long either
 * way and timing does not tell which staff addresses exist.
 */
export async function verifyPasswordEvenly(account: { hash?: unknown; salt?: unknown } | null, password: string): Promise<boolean> {
  const hash = typeof account?.hash === 'string' ? account.hash : null;
  const salt = typeof account?.salt === 'string' ? account.salt : null;
  if (!hash || !salt) {
    await pbkdf2Async(password, decoySalt, CURRENT.iterations, CURRENT.keyLength, 'sha256');
    return false;
  }
  const current = hash.startsWith(CURRENT_PREFIX);
  const { iterations, keyLength } = current ? CURRENT : LEGACY;
  const stored = Buffer.from(current ? hash.slice(CURRENT_PREFIX.length) : hash, 'hex');
  const computed = await pbkdf2Async(password, salt, iterations, keyLength, 'sha256');
  return computed.length === stored.length && timingSafeEqual(computed, stored);
}
