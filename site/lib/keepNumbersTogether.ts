/** A piece of text, and whether it is a phone number that must not break across lines. */
export type TextPart = { text: string; number: boolean };

// Digits with spaces or hyphens between them, such as 0800-0113 or 0800-266 64 36.
const PHONE = /(\d[\d -]{1,14}\d)/g;

/**
 * Splits text so phone numbers can be kept on one line ("0800-" at the end of a line and
 * "0113" on the next is hard to read, and easy to dial wrongly).
 */
export function keepNumbersTogether(text: string): TextPart[] {
  const parts: TextPart[] = [];
  for (const piece of text.split(PHONE)) {
    if (piece === '') continue;
    const number = /^\d[\d -]{1,14}\d$/.test(piece) && /[ -]/.test(piece);
    const last = parts.at(-1);
    // Short numbers such as 113 need no care: they stay part of the text around them.
    if (!number && last && !last.number) last.text += piece;
    else parts.push({ text: piece, number });
  }
  return parts;
}
