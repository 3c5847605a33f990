import { type FieldHook, ValidationError } from 'payload';
import { dataCipher } from '../../lib/crypto/dataCipher';
import { UNREADABLE } from './decryptValue';

/**
 * beforeChange: encrypts personal data before it is stored (AES-256-GCM, cms/lib/crypto).
 * The length limit is checked here, on the plain text, because Payload validates only after
 * this hook has run, when the value is already ciphertext.
 */
export function encryptValue(maxLength: number, tooLong: string): FieldHook {
  return ({ value, field, path, siblingDocWithLocales, req, collection }) => {
    if (value === undefined || value === null) return value;
    if (typeof value !== 'string') return value;
    const cipher = dataCipher();
    if (value === '') return null;
    // A value that could not be decrypted is shown as a placeholder; saving the form must keep
    // the stored ciphertext instead of replacing the data with the placeholder text.
    if (value === UNREADABLE) {
      const stored = (siblingDocWithLocales as Record<string, unknown> | undefined)?.[field.name ?? ''];
      return cipher.isEncrypted(stored) ? stored : null;
    }
    if (cipher.isEncrypted(value)) return value;
    if ([...value].length > maxLength) {
      throw new ValidationError({ collection: collection?.slug, errors: [{ message: tooLong, path: path.join('.') }], req }, req.t);
    }
    return cipher.encrypt(value);
  };
}
