import { randomInt } from 'node:crypto';

/**
 * Crockford's base-32 alphabet: digits and capitals without I, L, O and U, so nothing can be
 * misread when written down (0/O, 1/I/L) and no word can be spelled by accident.
 */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** Characters in a conversation code (40 bits): names the conversation. */
export const CODE_LENGTH = 8;
/** Characters in a secret (60 bits): opens it. Stored only as a slow hash (secretHash.ts). */
export const SECRET_LENGTH = 12;

function randomChars(length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += ALPHABET[randomInt(ALPHABET.length)];
  return out;
}

/** Groups of four with dashes, as shown and written down: "K7M4-Q2PX". */
export function formatInGroups(value: string): string {
  return value.match(/.{1,4}/g)?.join('-') ?? value;
}

/** A new conversation code, in its canonical (unformatted) spelling. */
export function createConversationCode(): string {
  return randomChars(CODE_LENGTH);
}

/** A new secret, in its canonical (unformatted) spelling. */
export function createConversationSecret(): string {
  return randomChars(SECRET_LENGTH);
}

/**
 * Reads what a person typed back into the canonical spelling: case, spaces and dashes do
 * not matter, and the letters people confuse with digits count as those digits (O → 0,
 * I and L → 1). Returns null when the result cannot be a code of `length` characters.
 */
export function normaliseTyped(value: unknown, length: number): string | null {
  if (typeof value !== 'string' || value.length > 4 * length) return null;
  const canonical = value
    .toUpperCase()
    .replace(/[\s\-‐‑–—_.]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  if (canonical.length !== length) return null;
  for (const char of canonical) if (!ALPHABET.includes(char)) return null;
  return canonical;
}
