import { createHash, randomInt } from 'node:crypto';

// No 0/o, 1/l/i: codes are read from paper and typed by hand.
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';
const GROUPS = 3;
const GROUP_LENGTH = 4;
export const RECOVERY_CODE_COUNT = 10;

function normalise(code: string): string {
  return code.toLowerCase().replace(/[\s-]/g, '');
}

/** SHA-256 of a normalised code: what is stored. The codes carry ~59 random bits each. */
export function hashRecoveryCode(code: string): string {
  return createHash('sha256').update(normalise(code), 'utf8').digest('hex');
}

/** Ten fresh one-time codes like `k7mq-2xze-pw4h`, and their hashes to store. */
export function createRecoveryCodes(): { codes: string[]; hashes: string[] } {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, () =>
    Array.from({ length: GROUPS }, () => Array.from({ length: GROUP_LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join('')).join('-'),
  );
  return { codes, hashes: codes.map(hashRecoveryCode) };
}

/** True when the input looks like a recovery code (checked before any hashing). */
export function isRecoveryCodeShape(input: unknown): input is string {
  return typeof input === 'string' && input.length <= 30 && /^[a-z0-9]{12}$/.test(normalise(input));
}

/**
 * Uses one recovery code: returns the hashes that remain, or null when the code is not (or
 * no longer) valid.
 */
export function consumeRecoveryCode(hashes: readonly string[] | undefined, input: string): string[] | null {
  const hash = hashRecoveryCode(input);
  const list = hashes ?? [];
  if (!list.includes(hash)) return null;
  return list.filter((h) => h !== hash);
}
