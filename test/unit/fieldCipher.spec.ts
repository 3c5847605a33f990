import { createHash, randomBytes } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { createFieldCipher, normaliseEmail } from '../../cms/lib/crypto/fieldCipher';

const key = Buffer.alloc(32, 7);
const cipher = createFieldCipher(key);

/** Flips one base64url character inside the given `:`-separated part of a stored value. */
function tamper(stored: string, part: 1 | 2 | 3): string {
  const parts = stored.split(':');
  const chars = [...(parts[part] ?? '')];
  chars[0] = chars[0] === 'A' ? 'B' : 'A';
  parts[part] = chars.join('');
  return parts.join(':');
}

describe('createFieldCipher', () => {
  test('decrypts what it encrypted, including empty and non-ASCII text', () => {
    for (const plain of ['anna@example.nl', '', 'Zoë — 06-12345678 👋', 'x'.repeat(5000)]) {
      expect(cipher.decrypt(cipher.encrypt(plain))).toBe(plain);
    }
  });

  test('uses a fresh IV for every encryption of the same value', () => {
    const values = new Set(Array.from({ length: 20 }, () => cipher.encrypt('same value')));
    const ivs = new Set([...values].map((v) => v.split(':')[1]));
    expect(values.size).toBe(20);
    expect(ivs.size).toBe(20);
  });

  test('stores the v1:<iv>:<tag>:<ciphertext> format that isEncrypted recognises', () => {
    const stored = cipher.encrypt('hello');
    expect(stored).toMatch(/^v1:[A-Za-z0-9_-]{16}:[A-Za-z0-9_-]{22}:[A-Za-z0-9_-]+$/);
    expect(cipher.isEncrypted(stored)).toBe(true);
    expect(cipher.isEncrypted('hello')).toBe(false);
    expect(cipher.isEncrypted('v1:abc:def:ghi')).toBe(false);
    expect(cipher.isEncrypted(undefined)).toBe(false);
    expect(cipher.isEncrypted(42)).toBe(false);
  });

  test('keeps no trace of the plaintext in the stored value', () => {
    const plain = 'Marieke de Vries <marieke@example.nl>';
    const stored = cipher.encrypt(plain);
    const encodings = ['utf8', 'base64', 'base64url', 'hex'] as const;
    for (const encoding of encodings) {
      expect(stored).not.toContain(Buffer.from(plain).toString(encoding));
      expect(stored).not.toContain(Buffer.from('Marieke').toString(encoding));
    }
  });

  test('throws when the ciphertext, tag or IV was altered', () => {
    const stored = cipher.encrypt('sensitive');
    for (const part of [1, 2, 3] as const) {
      expect(() => cipher.decrypt(tamper(stored, part))).toThrow(/altered or encrypted with another key/);
    }
  });

  test('throws when the value was encrypted with another key', () => {
    const other = createFieldCipher(randomBytes(32));
    expect(() => other.decrypt(cipher.encrypt('sensitive'))).toThrow(/another key/);
  });

  test('throws when asked to decrypt something that is not an encrypted value', () => {
    expect(() => cipher.decrypt('plain text')).toThrow(/not an encrypted field/);
    expect(() => cipher.decrypt(cipher.encrypt('x').replace('v1:', 'v2:'))).toThrow(/not an encrypted field/);
  });

  test('gives the same hash for the same email however it was typed', () => {
    const again = createFieldCipher(Buffer.from(key));
    expect(cipher.hash('Anna@Example.NL ')).toBe(cipher.hash('anna@example.nl'));
    expect(again.hash('anna@example.nl')).toBe(cipher.hash('anna@example.nl'));
    expect(cipher.hash('anna@example.nl')).toMatch(/^[0-9a-f]{64}$/);
    expect(cipher.hash('anne@example.nl')).not.toBe(cipher.hash('anna@example.nl'));
  });

  test('keys the hash, so it differs per key and from a plain SHA-256', () => {
    const value = 'anna@example.nl';
    const plainSha = createHash('sha256').update(value).digest('hex');
    expect(cipher.hash(value)).not.toBe(plainSha);
    expect(createFieldCipher(randomBytes(32)).hash(value)).not.toBe(cipher.hash(value));
  });

  test('rejects a master key that is not 32 bytes', () => {
    expect(() => createFieldCipher(Buffer.alloc(16))).toThrow(/32 bytes/);
  });
});

describe('normaliseEmail', () => {
  test('trims and lower-cases the address', () => {
    expect(normaliseEmail('  Anna.De.Vries@Example.NL\n')).toBe('anna.de.vries@example.nl');
  });
});
