import type { Payload } from 'payload';
import { dayInAmsterdam } from '../dayInAmsterdam';
import type { Metric } from '../ingest/metrics';
import { type BrowserCount, browserCount, type CountingInRange, countingInRange } from './countingInRange';
import { getCountingHistory } from './getCountingHistory';
import { calendarScope, includesToday } from './periods';
import { type ReadAs, sumBy, sumCounters } from './sumCounters';

/** The dashboard tiles for a date range. */
export interface Totals {
  visits: number;
  returningVisits: number;
  /** returningVisits / visits, 0–1 (0 without visits). */
  returningShare: number;
  /** Visits per counted day; null when no day of the range was counted. */
  averagePerDay: number | null;
  /** The divisor of `averagePerDay`: days from the first day with data (or `from`) to today (or `to`). */
  daysCounted: number;
  /** How the range was counted: its counted days, split at the change of visit definitions. */
  counting: CountingInRange;
  /** The range includes today: every figure is "so far". */
  partial: boolean;
  /**
   * Different browsers in the range, exact when the range is one day, or starts on the first of
   * a month or on 1 January and stays inside it; null for any other range (a sum of smaller
   * periods would count a browser once per period).
   */
  uniqueVisitors: BrowserCount | null;
  /** Browsers that came back on a later day, for a range from 1 January inside one year; else null. */
  returningVisitors: BrowserCount | null;
  moduleStarts: number;
  moduleFinishes: number;
}

const UNIQUE_METRIC = { day: 'visitors', month: 'monthVisitors', year: 'yearVisitors' } as const satisfies Record<string, Metric>;

/** The visit metrics the tiles add up over a range. */
export const TOTAL_METRICS = ['visits', 'returningVisits', 'visitors', 'monthVisitors', 'yearVisitors', 'yearReturningVisitors'] as const satisfies readonly Metric[];

/**
 * Totals for the tiles between `from` and `to` (both 'YYYY-MM-DD', included).
 * `today` (default: today in Amsterdam) keeps days still to come out of the average.
 */
export async function getTotals(
  payload: Payload,
  from: string,
  to: string,
  readAs: ReadAs = {},
  today = dayInAmsterdam(new Date()),
): Promise<Totals> {
  // Two sums, each the same as one that a sibling query of the dashboard makes, so a
  // dashboard request with a shared cache reads them once.
  const [history, visitRows, moduleRows] = await Promise.all([
    getCountingHistory(payload, readAs),
    sumCounters(payload, { from, to, metrics: TOTAL_METRICS, period: 'all' }, readAs),
    sumCounters(payload, { from, to, metrics: ['moduleStarts', 'moduleFinishes'], period: 'all' }, readAs),
  ]);
  const sums = sumBy([...visitRows, ...moduleRows], (row) => row.metric);
  const sum = (metric: Metric) => sums.get(metric) ?? 0;
  const visits = sum('visits');
  const returningVisits = sum('returningVisits');
  const counting = countingInRange(history, from, to, today);
  const daysCounted = counting.counted?.days ?? 0;
  const scope = calendarScope(from, to);
  const fromNewYear = scope !== null && from.slice(5) === '01-01';
  return {
    visits,
    returningVisits,
    returningShare: visits > 0 ? returningVisits / visits : 0,
    averagePerDay: daysCounted > 0 ? visits / daysCounted : null,
    daysCounted,
    counting,
    partial: includesToday(from, to, today),
    uniqueVisitors: scope ? browserCount(counting, scope, sum(UNIQUE_METRIC[scope])) : null,
    returningVisitors: fromNewYear ? browserCount(counting, 'year', sum('yearReturningVisitors')) : null,
    moduleStarts: sum('moduleStarts'),
    moduleFinishes: sum('moduleFinishes'),
  };
}
