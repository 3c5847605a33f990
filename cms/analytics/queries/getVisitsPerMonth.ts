import type { Payload } from 'payload';
import { monthsInRange } from './calendar';
import { type ReadAs, sumCounters } from './sumCounters';

/** Visits of one month: campaign peaks show here. */
export interface MonthVisits {
  /** 'YYYY-MM' */
  month: string;
  visits: number;
  returningVisits: number;
  newVisits: number;
  visitors: number;
  /** Visits that arrived through a campaign link or QR code. */
  campaignVisits: number;
}

/**
 * One entry for every month the range touches (zero when empty). Only the days inside the
 * range count, also in a first or last month that the range covers partly.
 */
export async function getVisitsPerMonth(payload: Payload, from: string, to: string, readAs: ReadAs = {}): Promise<MonthVisits[]> {
  const rows = await sumCounters(
    payload,
    { from, to, metrics: ['visits', 'returningVisits', 'visitors', 'sourceVisits'], period: 'month' },
    readAs,
  );
  const byMonth = new Map(
    monthsInRange(from, to).map((month) => [
      month,
      { month, visits: 0, returningVisits: 0, newVisits: 0, visitors: 0, campaignVisits: 0 },
    ]),
  );
  for (const row of rows) {
    const entry = byMonth.get(row.period);
    if (!entry) continue;
    if (row.metric === 'sourceVisits') entry.campaignVisits += row.count;
    else entry[row.metric as 'visits' | 'returningVisits' | 'visitors'] += row.count;
  }
  return [...byMonth.values()].map((entry) => ({ ...entry, newVisits: entry.visits - entry.returningVisits }));
}
