/** Longest answer or note a counsellor can save at once. */
export const MAX_STAFF_TEXT_CHARS = 10_000;

/** What a counsellor typed into the answer and note fields of one save. */
export interface StaffInput {
  reply: string | null;
  note: string | null;
}

/** Key under which `takeStaffInput` hands the texts to `recordStaffMessages` (req.context). */
export const STAFF_INPUT_CONTEXT = 'contactStaffInput';

/** The text as it will be stored: line endings unified, blank input as none. */
export function cleanStaffText(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const text = value.replace(/\r\n?/g, '\n').trim();
  return text === '' ? null : text;
}
