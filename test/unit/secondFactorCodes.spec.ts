import { TOTP } from 'otpauth';
import { describe, expect, test } from 'vitest';
import { consumeRecoveryCode, createRecoveryCodes, isRecoveryCodeShape } from '../../cms/auth/secondFactor/recoveryCodes';
import { isSecondFactorPending, needsSecondFactor } from '../../cms/auth/secondFactor/secondFactorState';
import { createTotpSecret, normaliseTotpCode, totpUri, verifyTotpCode } from '../../cms/auth/secondFactor/totp';

const at = Date.UTC(2026, 10, 29, 12, 0, 15);
const codeAt = (secret: string, time: number) => new TOTP({ secret, algorithm: 'SHA1', digits: 6, period: 30 }).generate({ timestamp: time });

describe('verifyTotpCode', () => {
  test('accepts the current code and one period of clock drift either way, nothing further', () => {
    const secret = createTotpSecret();
    expect(verifyTotpCode(secret, codeAt(secret, at), undefined, at)).toBe(Math.floor(at / 30_000));
    expect(verifyTotpCode(secret, codeAt(secret, at - 30_000), undefined, at)).not.toBeNull();
    expect(verifyTotpCode(secret, codeAt(secret, at + 30_000), undefined, at)).not.toBeNull();
    expect(verifyTotpCode(secret, codeAt(secret, at - 90_000), undefined, at)).toBeNull();
  });

  test('refuses a code of a time step at or before the last one used', () => {
    const secret = createTotpSecret();
    const step = verifyTotpCode(secret, codeAt(secret, at), undefined, at)!;
    expect(verifyTotpCode(secret, codeAt(secret, at), step, at)).toBeNull();
    expect(verifyTotpCode(secret, codeAt(secret, at - 30_000), step, at)).toBeNull();
    expect(verifyTotpCode(secret, codeAt(secret, at + 30_000), step, at)).toBe(step + 1);
  });

  test('makes an otpauth address with the issuer and a 160-bit secret', () => {
    const secret = createTotpSecret();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(totpUri(secret, 'kim@example.org')).toMatch(/^otpauth:\/\/totp\/Stop%20it%20Now!%20beheer:kim%40example\.org\?issuer=Stop%20it%20Now!%20beheer&secret=[A-Z2-7]+&algorithm=SHA1&digits=6&period=30$/);
  });
});

describe('normaliseTotpCode', () => {
  test('keeps six digits typed with spaces or a dash, refuses anything else', () => {
    expect(normaliseTotpCode('123 456')).toBe('123456');
    expect(normaliseTotpCode('123-456')).toBe('123456');
    expect(normaliseTotpCode('12345')).toBeNull();
    expect(normaliseTotpCode('12345a')).toBeNull();
    expect(normaliseTotpCode(123456)).toBeNull();
    expect(normaliseTotpCode('1'.repeat(100))).toBeNull();
  });
});

describe('recovery codes', () => {
  test('ten distinct readable codes, each usable once, in any case and spacing', () => {
    const { codes, hashes } = createRecoveryCodes();
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) expect(code).toMatch(/^[a-hj-km-np-z2-9]{4}-[a-hj-km-np-z2-9]{4}-[a-hj-km-np-z2-9]{4}$/);
    const typed = codes[2]!.toUpperCase().replace(/-/g, ' ');
    expect(isRecoveryCodeShape(typed)).toBe(true);
    const left = consumeRecoveryCode(hashes, typed);
    expect(left).toHaveLength(9);
    expect(consumeRecoveryCode(left!, codes[2]!)).toBeNull();
    expect(consumeRecoveryCode(hashes, 'aaaa-bbbb-cccc')).toBeNull();
  });
});

describe('isSecondFactorPending', () => {
  const session = { _strategy: 'local-jwt', _sid: 's1' };
  test('owes the second factor: required roles and accounts that turned it on, until the session gives it', () => {
    expect(isSecondFactorPending({ roles: ['coordinator'], ...session })).toBe(true);
    expect(isSecondFactorPending({ roles: ['counsellor'], ...session })).toBe(true);
    expect(isSecondFactorPending({ roles: ['editor'], ...session })).toBe(false);
    expect(isSecondFactorPending({ roles: ['editor'], secondFactorEnabled: true, ...session })).toBe(true);
    expect(isSecondFactorPending({ roles: ['admin'], secondFactor: { verifiedSessions: ['s1'] }, ...session })).toBe(false);
    expect(isSecondFactorPending({ roles: ['admin'], secondFactor: { verifiedSessions: ['s2'] }, ...session })).toBe(true);
  });

  test('server code passing a user object itself (no strategy) is trusted, as with overrideAccess', () => {
    expect(isSecondFactorPending({ roles: ['admin'] })).toBe(false);
    expect(needsSecondFactor({ roles: ['admin'] })).toBe(true);
  });
});
