import { createHash, randomBytes } from 'node:crypto';

const TOKEN_BYTES = 32;
// 32 bytes in base64url without padding are always 43 characters.
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/**
 * Creates a single-use token for an emailed link (confirm address, accept a place, cancel).
 * Only `hash` is stored, so a leaked database holds no working links.
 */
export function createToken(): { token: string; hash: string } {
  const token = randomBytes(TOKEN_BYTES).toString('base64url');
  return { token, hash: hashToken(token) };
}

/** SHA-256 (hex) of a token: the value to store and to look the token up by. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** True for exactly what `createToken` produces; check this before any database lookup. */
export function isWellFormedToken(value: unknown): value is string {
  if (typeof value !== 'string' || !TOKEN_PATTERN.test(value)) return false;
  // The last character carries 2 unused bits; only the canonical spelling is accepted.
  return Buffer.from(value, 'base64url').toString('base64url') === value;
}
