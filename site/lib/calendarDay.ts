/**
 * Calendar days written as 'YYYY-MM-DD': a date without a time or a zone. Arithmetic runs
 * on UTC midnight, where every day has 24 hours, so daylight saving can never shift a day.
 */

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

function toUtc(day: string): Date {
  const [, year, month, date] = DAY_PATTERN.exec(day) ?? [];
  return new Date(Date.UTC(Number(year), Number(month) - 1, Number(date)));
}

/** True for an existing date written as 'YYYY-MM-DD' (rejects '2026-02-30'). */
export function isCalendarDay(value: unknown): value is string {
  const [day, year, month, date] = (typeof value === 'string' && DAY_PATTERN.exec(value)) || [];
  return !!day && new Date(Date.UTC(+year!, +month! - 1, +date!)).toISOString().startsWith(day);
}

/** The day `count` days after `day` (negative counts go back). */
export function addDays(day: string, count: number): string {
  return new Date(toUtc(day).getTime() + count * DAY_MS).toISOString().slice(0, 10);
}

/** ISO weekday of a day: 1 = Monday … 7 = Sunday. */
export function isoWeekday(day: string): 1 | 2 | 3 | 4 | 5 | 6 | 7 {
  return (((toUtc(day).getUTCDay() + 6) % 7) + 1) as 1 | 2 | 3 | 4 | 5 | 6 | 7;
}

/** The calendar day of `date` in the zone of the machine it runs on (the visitor's own day). */
export function localCalendarDay(date: Date): string {
  // Shifted by the zone's offset at that moment, the UTC fields are the local ones.
  return new Date(date.getTime() - date.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}
