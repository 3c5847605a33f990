'use client';
import type { DefaultCellComponentProps } from 'payload';

const FORMAT = new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' });

/**
 * A moment in a list, in Dutch and in Dutch time ("29 november 2026 om 07:37"), whatever time
 * zone the staff member's computer is set to.
 */
export function AmsterdamDateCell({ cellData }: DefaultCellComponentProps) {
  if (typeof cellData !== 'string' || !cellData) return <span>–</span>;
  const date = new Date(cellData);
  return Number.isNaN(date.getTime()) ? <span>–</span> : <time dateTime={date.toISOString()}>{FORMAT.format(date)}</time>;
}
