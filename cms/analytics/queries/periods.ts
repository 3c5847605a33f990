/**
 * Which days of a range count, and which calendar period a range is: the rules behind every
 * average, every "so far" and every exact unique-visitor figure. Pure, on 'YYYY-MM-DD' days.
 */
import { addDays, countDays } from './calendar';

/** A calendar period in Amsterdam, as the browser's period flags know them. */
export type Granularity = 'day' | 'month' | 'year';

/** The days of a range that were counted. */
export interface CountedSpan {
  from: string;
  to: string;
  days: number;
}

/**
 * The days of `from`–`to` on which counting ran: from the first day with any counter (a fresh
 * install does not average over the years before it) to today (days to come are not counted
 * yet). Null when no day of the range was counted.
 */
export function countedSpan(from: string, to: string, today: string, firstDay: string | null): CountedSpan | null {
  if (firstDay === null) return null;
  const start = from > firstDay ? from : firstDay;
  const end = to < today ? to : today;
  return start <= end ? { from: start, to: end, days: countDays(start, end) } : null;
}

/** True when the range includes today: its figures are "so far". */
export function includesToday(from: string, to: string, today: string): boolean {
  return from <= today && today <= to;
}

/** The first day of the day, month or year that `day` is in. */
export function periodStart(day: string, granularity: Granularity): string {
  if (granularity === 'day') return day;
  return granularity === 'month' ? `${day.slice(0, 7)}-01` : `${day.slice(0, 4)}-01-01`;
}

/** The last day of the day, month or year that `day` is in. */
export function periodEnd(day: string, granularity: Granularity): string {
  if (granularity === 'day') return day;
  if (granularity === 'year') return `${day.slice(0, 4)}-12-31`;
  const [year, month] = [Number(day.slice(0, 4)), Number(day.slice(5, 7))];
  const next = month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`;
  return addDays(next, -1);
}

/**
 * The smallest calendar period that starts on `from` and contains `to`, or null. Browsers
 * counted on their first page view of a period add up, from the period's first day, to the
 * exact number of different browsers up to any later day of it — and over no other range.
 */
export function calendarScope(from: string, to: string): Granularity | null {
  if (from > to) return null;
  for (const granularity of ['day', 'month', 'year'] as const) {
    if (periodStart(from, granularity) === from && to <= periodEnd(from, granularity)) return granularity;
  }
  return null;
}
