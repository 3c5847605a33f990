/**
 * Builds a CSV file for spreadsheet programs: UTF-8 with a byte-order mark (so Excel reads
 * accents), semicolons (what Dutch Excel expects), CRLF line ends, and every cell quoted.
 * Cells that a spreadsheet would run as a formula (starting with = + - @ or a control
 * character) get a leading apostrophe: names and messages come from the public form.
 */
export function toCsv(rows: readonly (readonly unknown[])[]): string {
  return `\uFEFF${rows.map((row) => row.map(cell).join(';')).join('\r\n')}\r\n`;
}

function cell(value: unknown): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}
