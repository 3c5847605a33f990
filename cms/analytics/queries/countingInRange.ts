import { addDays } from './calendar';
import type { CountingHistory } from './getCountingHistory';
import { type CountedSpan, countedSpan, type Granularity } from './periods';

/** How the days of one range were counted. */
export interface CountingInRange {
  /** The counted days of the range (see `countedSpan`). */
  counted: CountedSpan | null;
  /** The counted days before the current visit definitions (one visit per tab); null when none. */
  oldWay: { from: string; to: string } | null;
  /** The counted days with the current definitions; null when none. */
  currentWay: { from: string; to: string } | null;
}

/** Splits the counted days of `from`–`to` at the change of visit definitions. */
export function countingInRange(history: CountingHistory, from: string, to: string, today: string): CountingInRange {
  const counted = countedSpan(from, to, today, history.firstDay);
  if (!counted) return { counted, oldWay: null, currentWay: null };
  const change = history.currentFrom;
  // Days before the change, and from it, each cut to the counted days (an empty part is null).
  const part = (start: string, end: string) => {
    const cut = { from: [start, counted.from].sort()[1]!, to: [end, counted.to].sort()[0]! };
    return cut.from <= cut.to ? cut : null;
  };
  return {
    counted,
    oldWay: part(counted.from, change === null ? counted.to : addDays(change, -1)),
    currentWay: change === null ? null : part(change, counted.to),
  };
}

/**
 * An exact number of different browsers over a calendar period, from its first day (or from
 * the day the period flags began, `from`) to `to`, the last counted day.
 */
export interface BrowserCount {
  count: number;
  granularity: Granularity;
  from: string;
  to: string;
}

/**
 * The browser count of a range that starts on the first day of a period (see
 * `calendarScope`), given the sum of that period's flag over the range. Per day the count
 * always existed; per month and year only since the current definitions. Null when nothing
 * of it was counted.
 */
export function browserCount(counting: CountingInRange, granularity: Granularity, sum: number): BrowserCount | null {
  const span = granularity === 'day' ? counting.counted : counting.currentWay;
  return span ? { count: sum, granularity, from: span.from, to: span.to } : null;
}
