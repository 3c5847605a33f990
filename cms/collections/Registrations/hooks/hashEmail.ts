import type { CollectionBeforeChangeHook } from 'payload';
import { dataCipher } from '../../../lib/crypto/dataCipher';

/**
 * Stores a keyed hash (HMAC) of the email address beside the encrypted address, so duplicate
 * sign-ups can be found without decrypting anything and without storing the plain address.
 * Runs before the field hooks encrypt the address.
 */
export const hashEmail: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const cipher = dataCipher();
  if (typeof data.email !== 'string' || data.email === '') return data;
  // An unchanged address keeps its hash: the same plain text, or the stored ciphertext itself
  // (recognised by decrypting, never by its shape).
  if (originalDoc?.email !== undefined && (data.email === originalDoc.email || decryptsTo(data.email, originalDoc.email))) return data;
  return { ...data, emailHash: cipher.hash(data.email) };
};

function decryptsTo(value: string, plain: unknown): boolean {
  try {
    return dataCipher().decrypt(value) === plain;
  } catch {
    return false;
  }
}
