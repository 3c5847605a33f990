import type { BrowserCount } from '../../analytics/queries/countingInRange';
import { formatDay, formatInteger } from '../../analytics/report/formatNl';

/**
 * A browser count for a tile or table cell: '–' when there is none (not counted is not 0),
 * and "vanaf …" when it covers only part of the period.
 */
export function formatCount(value: BrowserCount | null, periodStart: string): { text: string; from?: string } {
  if (!value) return { text: '–' };
  return value.from > periodStart ? { text: formatInteger(value.count), from: `vanaf ${formatDay(value.from)}` } : { text: formatInteger(value.count) };
}

/** The same as one string for a table cell: "1.234 (vanaf 1 december 2026)". */
export function formatCountCell(value: BrowserCount | null, periodStart: string): string {
  const { text, from } = formatCount(value, periodStart);
  return from ? `${text} (${from})` : text;
}
