import type { FieldHook, PayloadRequest } from 'payload';
import { dataCipher } from '../../lib/crypto/dataCipher';

/** Shown instead of a value that does not decrypt (wrong `DATA_KEY`, altered data). */
export const UNREADABLE = '[niet leesbaar: controleer de sleutel DATA_KEY]';

/**
 * afterRead: decrypts for server code (overrideAccess) and for staff who may read the field.
 * Everyone else gets null: ciphertext is never handed out, not even to a role that could
 * otherwise see the document.
 */
export function decryptValue(canRead: (req: PayloadRequest) => boolean): FieldHook {
  return ({ value, overrideAccess, req }) => {
    if (typeof value !== 'string' || value === '') return value;
    if (!overrideAccess && !canRead(req)) return null;
    const cipher = dataCipher();
    if (!cipher.isEncrypted(value)) return value;
    try {
      return cipher.decrypt(value);
    } catch {
      return UNREADABLE;
    }
  };
}
