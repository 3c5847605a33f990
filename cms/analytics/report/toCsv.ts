/**
 * CSV for Dutch spreadsheets: semicolon separators (Excel in a Dutch locale reads the
 * comma as a decimal sign), CRLF line ends, and a byte-order mark so UTF-8 is recognised.
 */
export type CsvCell = string | number | null | undefined;

/** A titled table; sections are separated by an empty line. */
export interface CsvSection {
  title: string;
  header: string[];
  rows: CsvCell[][];
}

function cell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : value.toFixed(2).replace('.', ',');
  // A leading =, +, - or @ would make a spreadsheet run the cell as a formula.
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[";\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Renders the sections as one CSV document. */
export function toCsv(sections: readonly CsvSection[]): string {
  const lines: string[] = [];
  sections.forEach((section, index) => {
    if (index > 0) lines.push('');
    lines.push(cell(section.title));
    lines.push(section.header.map(cell).join(';'));
    for (const row of section.rows) lines.push(row.map(cell).join(';'));
  });
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
