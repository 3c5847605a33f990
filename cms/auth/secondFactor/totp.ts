import { Secret, TOTP } from 'otpauth';

/** RFC 6238 with the parameters every authenticator app supports: SHA-1, 6 digits, 30 seconds. */
const PERIOD_SECONDS = 30;
const DIGITS = 6;
/** Shown in the authenticator app above the account name. */
export const TOTP_ISSUER = 'Stop it Now! beheer';

function totpFor(secretBase32: string, label = 'medewerker'): TOTP {
  return new TOTP({ issuer: TOTP_ISSUER, label, algorithm: 'SHA1', digits: DIGITS, period: PERIOD_SECONDS, secret: Secret.fromBase32(secretBase32) });
}

/** A fresh random secret (160 bits, as RFC 4226 recommends), in base32. */
export function createTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

/** The `otpauth://` address an authenticator app reads from the QR code. */
export function totpUri(secretBase32: string, accountLabel: string): string {
  return totpFor(secretBase32, accountLabel).toString();
}

/** Keeps only digits, so "123 456" and "123-456" work as typed. */
export function normaliseTotpCode(input: unknown): string | null {
  if (typeof input !== 'string' || input.length > 20) return null;
  const digits = input.replace(/[\s-]/g, '');
  return /^\d{6}$/.test(digits) ? digits : null;
}

/**
 * Checks a code against the secret, allowing one period of clock drift either way. Returns
 * the time step the code belongs to, or null. A step at or before `lastStep` is refused, so a
 * code seen once (over a shoulder, in a log) cannot be used again.
 */
export function verifyTotpCode(secretBase32: string, code: string, lastStep: number | undefined, now: number = Date.now()): number | null {
  const delta = totpFor(secretBase32).validate({ token: code, timestamp: now, window: 1 });
  if (delta === null) return null;
  const step = Math.floor(now / 1000 / PERIOD_SECONDS) + delta;
  if (typeof lastStep === 'number' && step <= lastStep) return null;
  return step;
}
