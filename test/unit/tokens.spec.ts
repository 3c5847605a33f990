import { describe, expect, test } from 'vitest';
import { createToken, hashToken, isWellFormedToken } from '../../cms/lib/crypto/tokens';

describe('createToken', () => {
  test('returns a 43-character base64url token and its SHA-256 hash', () => {
    const { token, hash } = createToken();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    expect(hash).toBe(hashToken(token));
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
  });

  test('returns a different token on every call', () => {
    const tokens = new Set(Array.from({ length: 200 }, () => createToken().token));
    expect(tokens.size).toBe(200);
  });
});

describe('hashToken', () => {
  test('computes the standard SHA-256 hex digest', () => {
    expect(hashToken('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});

describe('isWellFormedToken', () => {
  test('accepts tokens made by createToken', () => {
    for (let i = 0; i < 50; i++) expect(isWellFormedToken(createToken().token)).toBe(true);
  });

  test('rejects values of the wrong type, length or alphabet', () => {
    const token = createToken().token;
    for (const value of [
      undefined,
      null,
      42,
      '',
      token.slice(1),
      `${token}A`,
      `${token}=`,
      `${token.slice(0, 42)}+`,
      `${token.slice(0, 42)}/`,
      ` ${token.slice(1)}`,
    ]) {
      expect(isWellFormedToken(value)).toBe(false);
    }
  });

  test('rejects a non-canonical spelling of the last character', () => {
    // "B" sets one of the two unused low bits, so it decodes to the same bytes as "A".
    const canonical = `${'A'.repeat(42)}A`;
    expect(isWellFormedToken(canonical)).toBe(true);
    expect(isWellFormedToken(`${'A'.repeat(42)}B`)).toBe(false);
  });
});
