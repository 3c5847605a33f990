import { type FieldHook, ValidationError } from 'payload';
import { dataCipher } from '../../lib/crypto/dataCipher';
import { UNREADABLE } from './decryptValue';

/**
 * beforeChange: encrypts personal data before it is stored (AES-256-GCM, cms/lib/crypto).
 * The length limit is checked here, on the plain text, because Payload validates only after
 * this hook has run, when the value is already ciphertext. Every value is encrypted, never
 * passed through because of its shape, so stored data is always this cipher's own output.
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
    // Only the exact ciphertext already stored for this field is kept as it is (a save that did
    // not change the field). Anything else is plain text and is encrypted, even when it looks
    // like ciphertext: a visitor may type "v1:AAAA…" as their name.
    const stored = (siblingDocWithLocales as Record<string, unknown> | undefined)?.[field.name ?? ''];
    if (typeof stored === 'string' && value === stored && cipher.isEncrypted(stored)) return value;
    if ([...value].length > maxLength) {
      throw new ValidationError({ collection: collection?.slug, errors: [{ message: tooLong, path: path.join('.') }], req }, req.t);
    }
    return cipher.encrypt(value);
  };
}
