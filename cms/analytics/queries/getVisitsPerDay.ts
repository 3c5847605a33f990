import type { Payload } from 'payload';
import { daysInRange } from './calendar';
import { type ReadAs, sumCounters } from './sumCounters';

/** Visits of one day, split into new and returning for the stacked chart. */
export interface DayVisits {
  day: string;
  visits: number;
  returningVisits: number;
  /** visits − returningVisits */
  newVisits: number;
  visitors: number;
}

/** One entry for every day from `from` to `to` (days without counters are zero). */
export async function getVisitsPerDay(payload: Payload, from: string, to: string, readAs: ReadAs = {}): Promise<DayVisits[]> {
  const rows = await sumCounters(payload, { from, to, metrics: ['visits', 'returningVisits', 'visitors'], period: 'day' }, readAs);
  const byDay = new Map(daysInRange(from, to).map((day) => [day, { day, visits: 0, returningVisits: 0, newVisits: 0, visitors: 0 }]));
  for (const row of rows) {
    const entry = byDay.get(row.period);
    if (entry) entry[row.metric as 'visits' | 'returningVisits' | 'visitors'] += row.count;
  }
  return [...byDay.values()].map((entry) => ({ ...entry, newVisits: entry.visits - entry.returningVisits }));
}
