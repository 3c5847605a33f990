import type { Payload } from 'payload';
import { dayInAmsterdam } from '../dayInAmsterdam';
import { getTotals, type Totals } from './getTotals';
import type { ReadAs } from './sumCounters';

/** The figures of one calendar year inside a range. */
export interface YearVisits extends Pick<Totals, 'visits' | 'returningVisits' | 'averagePerDay' | 'daysCounted' | 'partial' | 'uniqueVisitors' | 'returningVisitors'> {
  year: number;
}

/**
 * One entry per calendar year the range touches, over the days of the range in it. Unique and
 * returning visitors are there for a year whose 1 January lies in the range.
 */
export async function getVisitsPerYear(
  payload: Payload,
  from: string,
  to: string,
  readAs: ReadAs = {},
  today = dayInAmsterdam(new Date()),
): Promise<YearVisits[]> {
  const years: number[] = [];
  for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year += 1) years.push(year);
  return Promise.all(
    years.map(async (year) => {
      const start = `${year}-01-01` > from ? `${year}-01-01` : from;
      const end = `${year}-12-31` < to ? `${year}-12-31` : to;
      const t = await getTotals(payload, start, end, readAs, today);
      return {
        year,
        visits: t.visits,
        returningVisits: t.returningVisits,
        averagePerDay: t.averagePerDay,
        daysCounted: t.daysCounted,
        partial: t.partial,
        uniqueVisitors: start.endsWith('-01-01') ? t.uniqueVisitors : null,
        returningVisitors: t.returningVisitors,
      };
    }),
  );
}
