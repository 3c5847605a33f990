import type { Payload } from 'payload';
import { dayInAmsterdam } from '../dayInAmsterdam';
import { monthsInRange } from './calendar';
import { type BrowserCount, browserCount, countingInRange } from './countingInRange';
import { getCountingHistory } from './getCountingHistory';
import { periodEnd } from './periods';
import { type ReadAs, sumBy, sumCounters } from './sumCounters';

/** Visits of one month: campaign peaks show here. */
export interface MonthVisits {
  /** 'YYYY-MM' */
  month: string;
  visits: number;
  returningVisits: number;
  newVisits: number;
  /** Different browsers this month (up to the range's end); null when the range starts after the 1st. */
  uniqueVisitors: BrowserCount | null;
  /** Visits that arrived through a campaign link or QR code. */
  campaignVisits: number;
}

/**
 * One entry for every month the range touches (zero when empty). Only the days inside the
 * range count, also in a first or last month that the range covers partly.
 */
export async function getVisitsPerMonth(
  payload: Payload,
  from: string,
  to: string,
  readAs: ReadAs = {},
  today = dayInAmsterdam(new Date()),
): Promise<MonthVisits[]> {
  const [history, rows] = await Promise.all([
    getCountingHistory(payload, readAs),
    sumCounters(payload, { from, to, metrics: ['visits', 'returningVisits', 'monthVisitors', 'sourceVisits'], period: 'month' }, readAs),
  ]);
  // Summed over keys: campaign visits come one row per source code.
  const sums = sumBy(rows, (row) => `${row.period}|${row.metric}`);
  return monthsInRange(from, to).map((month) => {
    const get = (metric: string) => sums.get(`${month}|${metric}`) ?? 0;
    const first = `${month}-01`;
    const last = periodEnd(first, 'month');
    const visits = get('visits');
    const returningVisits = get('returningVisits');
    return {
      month,
      visits,
      returningVisits,
      newVisits: visits - returningVisits,
      uniqueVisitors:
        from <= first ? browserCount(countingInRange(history, first, to < last ? to : last, today), 'month', get('monthVisitors')) : null,
      campaignVisits: get('sourceVisits'),
    };
  });
}
