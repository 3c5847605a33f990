import type { PayloadRequest, TextareaField, TextField } from 'payload';
import { decryptValue } from './hooks/decryptValue';
import { encryptValue } from './hooks/encryptValue';

type Label = { nl: string; en: string };

export interface EncryptedTextOptions {
  name: string;
  label: Label;
  /** Limit on the plain text, in characters. */
  maxLength: number;
  /** Dutch message when the plain text is longer than `maxLength`. */
  tooLong: string;
  required?: boolean;
  multiline?: boolean;
  /** Who may read the decrypted value through the API and admin. */
  readableBy: (req: PayloadRequest) => boolean;
  description?: Label;
}

/**
 * A text field whose value is stored encrypted (AES-256-GCM) and decrypted only for
 * `readableBy` and for server code. The database, its backups and its logs hold only
 * ciphertext. Such a field cannot be searched or sorted; look-ups use a keyed hash instead
 * (see Registrations.emailHash).
 */
export function encryptedText(options: EncryptedTextOptions): TextField | TextareaField {
  const { name, label, maxLength, tooLong, required = false, multiline = false, readableBy, description } = options;
  const common = {
    name,
    label,
    required,
    access: { read: ({ req }: { req: PayloadRequest }) => readableBy(req) },
    hooks: { beforeChange: [encryptValue(maxLength, tooLong)], afterRead: [decryptValue(readableBy)] },
    admin: description ? { description } : undefined,
  };
  return multiline ? { ...common, type: 'textarea' } : { ...common, type: 'text' };
}
