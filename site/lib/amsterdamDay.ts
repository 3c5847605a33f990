let format: Intl.DateTimeFormat | undefined;

/**
 * The calendar day in Amsterdam ('YYYY-MM-DD') at `time` (ms since 1970), whatever zone the
 * visitor's machine is in: the server counts per Amsterdam day, so the browser's "first visit
 * today / this month / this year" must use the same calendar. Smaller than `amsterdamWallClock`
 * (no time of day), because the analytics beacon bundles it.
 */
export function amsterdamDay(time: number): string {
  format ??= new Intl.DateTimeFormat('en', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' });
  const parts: Partial<Record<Intl.DateTimeFormatPartTypes, string>> = {};
  for (const { type, value } of format.formatToParts(time)) parts[type] = value;
  return `${parts.year}-${parts.month}-${parts.day}`;
}
