/**
 * Calendar arithmetic on 'YYYY-MM-DD' day strings, the counters' own day keys. Done in UTC
 * on purpose: the strings already are Amsterdam days, and UTC has no daylight saving gaps.
 */

const DAY_MS = 86_400_000;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar day written as 'YYYY-MM-DD'. */
export function isCalendarDay(value: string): boolean {
  const match = DAY.exec(value);
  if (!match) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

function toTime(day: string): number {
  return Date.parse(`${day}T00:00:00Z`);
}

/** `day` plus `days` (may be negative). */
export function addDays(day: string, days: number): string {
  return new Date(toTime(day) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Number of days from `from` to `to`, both included; 0 when `to` is before `from`. */
export function countDays(from: string, to: string): number {
  return Math.max(0, Math.round((toTime(to) - toTime(from)) / DAY_MS) + 1);
}

/** Every day from `from` to `to`, both included. */
export function daysInRange(from: string, to: string): string[] {
  const days: string[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) days.push(day);
  return days;
}

/** Every month ('YYYY-MM') that the range touches. */
export function monthsInRange(from: string, to: string): string[] {
  const months: string[] = [];
  let [year, month] = [Number(from.slice(0, 4)), Number(from.slice(5, 7))];
  const last = to.slice(0, 7);
  for (;;) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    if (key > last) break;
    months.push(key);
    month += 1;
    if (month > 12) [year, month] = [year + 1, 1];
  }
  return months;
}

/**
 * Days of the range that have happened by `today`: the divisor of an average, so the
 * current year or month is not averaged over days still to come.
 */
export function daysElapsed(from: string, to: string, today: string): number {
  return countDays(from, to < today ? to : today);
}
