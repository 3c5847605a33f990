import type { Payload } from 'payload';
import { dayInAmsterdam } from '../dayInAmsterdam';
import { daysElapsed } from './calendar';
import { type ReadAs, sumBy, sumCounters } from './sumCounters';

/** The dashboard tiles for a date range. */
export interface Totals {
  visits: number;
  /** Sum of each day's unique visitors (first visit of a browser that day). */
  visitors: number;
  returningVisits: number;
  /** returningVisits / visits, 0–1 (0 without visits). */
  returningShare: number;
  /** Visits per day over the days of the range that have passed. */
  averagePerDay: number;
  /** The divisor of `averagePerDay`. */
  daysCounted: number;
  moduleStarts: number;
  moduleFinishes: number;
}

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
  // Two reads, each the same as one that getModuleStats / getVisitsPerDay's siblings make,
  // so a dashboard request with a shared cache reads them once.
  const [visitRows, moduleRows] = await Promise.all([
    sumCounters(payload, { from, to, metrics: ['visits', 'returningVisits', 'visitors'], period: 'all' }, readAs),
    sumCounters(payload, { from, to, metrics: ['moduleStarts', 'moduleFinishes'], period: 'all' }, readAs),
  ]);
  const sums = sumBy([...visitRows, ...moduleRows], (row) => row.metric);
  const visits = sums.get('visits') ?? 0;
  const returningVisits = sums.get('returningVisits') ?? 0;
  const daysCounted = daysElapsed(from, to, today);
  return {
    visits,
    visitors: sums.get('visitors') ?? 0,
    returningVisits,
    returningShare: visits > 0 ? returningVisits / visits : 0,
    averagePerDay: daysCounted > 0 ? visits / daysCounted : 0,
    daysCounted,
    moduleStarts: sums.get('moduleStarts') ?? 0,
    moduleFinishes: sums.get('moduleFinishes') ?? 0,
  };
}
