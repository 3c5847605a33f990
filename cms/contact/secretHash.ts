import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

// scrypt as recommended by OWASP (N = 2^15, r = 8, p = 1): about 32 MB and tens of
// milliseconds per check, so a stolen database does not let anyone try secrets quickly.
const LOG_N = 15;
const R = 8;
const P = 1;
const KEY_BYTES = 32;
const SALT_BYTES = 16;
const STORED = /^scrypt\$(\d{1,2})\$(\d{1,2})\$(\d{1,2})\$([A-Za-z0-9_-]{22})\$([A-Za-z0-9_-]{43})$/;

function derive(secret: string, salt: Buffer, logN: number, r: number, p: number): Promise<Buffer> {
  const N = 2 ** logN;
  return new Promise((resolve, reject) => {
    // maxmem must exceed 128 · N · r bytes, or Node refuses these (recommended) parameters.
    scrypt(secret, salt, KEY_BYTES, { N, r, p, maxmem: 256 * N * r }, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

/**
 * A slow, salted hash of a conversation secret (Node's scrypt, from OpenSSL), stored as
 * `scrypt$logN$r$p$salt$hash`. The parameters travel with the hash, so they can be raised
 * later without breaking stored conversations.
 */
export async function hashSecret(secret: string): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const key = await derive(secret, salt, LOG_N, R, P);
  return `scrypt$${LOG_N}$${R}$${P}$${salt.toString('base64url')}$${key.toString('base64url')}`;
}

/** A hash of nothing anyone can type: checked when the code is unknown, so both take as long. */
const DUMMY = `scrypt$${LOG_N}$${R}$${P}$${'A'.repeat(22)}$${'A'.repeat(43)}`;

/**
 * True when `secret` matches `stored`. With `stored` null (unknown conversation) it still does
 * the same work and returns false, so the answer time says nothing about whether a code exists.
 */
export async function verifySecret(secret: string, stored: string | null | undefined): Promise<boolean> {
  const match = STORED.exec(stored ?? DUMMY) ?? STORED.exec(DUMMY);
  if (!match) return false;
  const [, logN, r, p, salt = '', hash = ''] = match;
  // Only what this module writes: a tampered row must not make a check take forever.
  if (Number(logN) < 10 || Number(logN) > 20 || Number(r) > 16 || Number(p) > 4) return false;
  const expected = Buffer.from(hash, 'base64url');
  const key = await derive(secret, Buffer.from(salt, 'base64url'), Number(logN), Number(r), Number(p));
  return Boolean(stored) && key.length === expected.length && timingSafeEqual(key, expected);
}
