import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';

const VERSION = 'v1';
const IV_BYTES = 12;
const TAG_BYTES = 16;
// The version travels as associated data, so a value cannot be relabelled as another format.
const AAD = Buffer.from(VERSION);
// 12-byte IV → 16 chars, 16-byte tag → 22 chars (base64url without padding).
const STORED_PATTERN = /^v1:([A-Za-z0-9_-]{16}):([A-Za-z0-9_-]{22}):([A-Za-z0-9_-]*)$/;

export interface FieldCipher {
  /** Encrypts with a fresh random IV: `v1:<iv>:<tag>:<ciphertext>` (base64url parts). */
  encrypt(plain: string): string;
  /** Decrypts a value made by `encrypt`; throws when it was altered or uses another key. */
  decrypt(stored: string): string;
  /** Keyed lookup hash (HMAC-SHA-256, hex) of the value after `normaliseEmail`. */
  hash(value: string): string;
  /** True when the value has the shape `encrypt` produces (not a proof it decrypts). */
  isEncrypted(value: unknown): boolean;
}

/** Trims and lower-cases an email address so lookups do not depend on how it was typed. */
export function normaliseEmail(email: string): string {
  return email.trim().normalize('NFC').toLowerCase();
}

/**
 * Field-level encryption for personal data (AES-256-GCM). The master key never touches data
 * directly: HKDF-SHA-256 derives one subkey for encryption and one for lookup hashes, so a
 * leaked hash key cannot decrypt anything and vice versa.
 *
 * @param key the 32-byte master key from `loadDataKey`.
 */
export function createFieldCipher(key: Buffer): FieldCipher {
  if (!Buffer.isBuffer(key) || key.length !== 32) throw new Error('The data key must be 32 bytes.');
  const encryptionKey = deriveKey(key, 'field-encryption');
  const hashKey = deriveKey(key, 'lookup-hash');

  return {
    encrypt(plain) {
      if (typeof plain !== 'string') throw new TypeError('Only strings can be encrypted.');
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', encryptionKey, iv, { authTagLength: TAG_BYTES });
      cipher.setAAD(AAD);
      const ciphertext = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      const tag = cipher.getAuthTag();
      return `${VERSION}:${iv.toString('base64url')}:${tag.toString('base64url')}:${ciphertext.toString('base64url')}`;
    },

    decrypt(stored) {
      const match = typeof stored === 'string' ? STORED_PATTERN.exec(stored) : null;
      if (!match) throw new Error('Cannot decrypt: the value is not an encrypted field.');
      const [, iv = '', tag = '', ciphertext = ''] = match;
      const decipher = createDecipheriv('aes-256-gcm', encryptionKey, Buffer.from(iv, 'base64url'), {
        authTagLength: TAG_BYTES,
      });
      decipher.setAAD(AAD);
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      const data = Buffer.from(ciphertext, 'base64url');
      try {
        return Buffer.concat([decipher.update(data), decipher.final()]).toString('utf8');
      } catch {
        throw new Error('Cannot decrypt: the value was altered or encrypted with another key.');
      }
    },

    hash(value) {
      return createHmac('sha256', hashKey).update(normaliseEmail(value), 'utf8').digest('hex');
    },

    isEncrypted(value) {
      return typeof value === 'string' && STORED_PATTERN.test(value);
    },
  };
}

function deriveKey(masterKey: Buffer, info: string): Buffer {
  // The master key is uniformly random, so HKDF needs no salt (RFC 5869, section 3.1).
  return Buffer.from(hkdfSync('sha256', masterKey, Buffer.alloc(0), info, 32));
}
