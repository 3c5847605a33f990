/** Built once: constructing an Intl formatter is far slower than using one. */
const amsterdamDate = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/**
 * The calendar day in Amsterdam ('YYYY-MM-DD') at `now`, including daylight saving time.
 * Counters are kept per Dutch day, whatever the server's own time zone is.
 */
export function dayInAmsterdam(now: Date): string {
  const parts: Record<string, string> = {};
  for (const { type, value } of amsterdamDate.formatToParts(now)) parts[type] = value;
  return `${parts.year}-${parts.month}-${parts.day}`;
}
