import type { CollectionBeforeChangeHook } from 'payload';
import { dataCipher } from '../../../lib/crypto/dataCipher';

/**
 * Stores a keyed hash (HMAC) of the email address beside the encrypted address, so duplicate
 * sign-ups can be found without decrypting anything and without storing the plain address.
 * Runs before the field hooks encrypt the address.
 */
export const hashEmail: CollectionBeforeChangeHook = ({ data }) => {
  const cipher = dataCipher();
  if (typeof data.email !== 'string' || data.email === '' || cipher.isEncrypted(data.email)) return data;
  return { ...data, emailHash: cipher.hash(data.email) };
};
