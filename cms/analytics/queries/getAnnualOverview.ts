import type { Payload } from 'payload';
import { dayInAmsterdam } from '../dayInAmsterdam';
import { daysElapsed } from './calendar';
import { type ReadAs, sumBy, sumCounters } from './sumCounters';
import { getModuleStats, type ModuleStats } from './getModuleStats';
import { getTopReferrers } from './getTopReferrers';
import { getVisitsPerMonth } from './getVisitsPerMonth';

/** The figures of the helpline's annual report, for one calendar year. */
export interface AnnualOverview {
  year: number;
  visits: number;
  previousYearVisits: number;
  /** Change against the year before in percent; null when that year had no visits. */
  changePercent: number | null;
  /** visits / daysCounted */
  visitsPerDay: number;
  /** Days of the year (or, for the current year, days so far). */
  daysCounted: number;
  /** True while the year is still running: the figures are "so far". */
  partial: boolean;
  /** Visits by browsers that visited on an earlier day (the report's "returning visitors"). */
  returningVisits: number;
  /** Sum of daily unique visitors. */
  visitors: number;
  moduleFinishes: number;
  /** The three most viewed modules, most views first (modules without views left out). */
  topModules: ModuleStats[];
  /** Campaign (landing) visits in each month, January to December. */
  campaignVisitsPerMonth: { month: string; visits: number }[];
  topReferrer: { host: string; visits: number } | null;
}

/**
 * The annual overview. `today` (default: today in Amsterdam) decides whether the year is
 * still running, in which case visits per day are averaged over the days so far.
 */
export async function getAnnualOverview(
  payload: Payload,
  year: number,
  readAs: ReadAs = {},
  today = dayInAmsterdam(new Date()),
): Promise<AnnualOverview> {
  readAs = { shared: new Map(), ...readAs };
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  const [twoYears, months, modules, referrers] = await Promise.all([
    sumCounters(payload, { from: `${year - 1}-01-01`, to, metrics: ['visits', 'returningVisits', 'visitors'], period: 'year' }, readAs),
    getVisitsPerMonth(payload, from, to, readAs),
    getModuleStats(payload, from, to, readAs),
    getTopReferrers(payload, from, to, readAs, 1),
  ]);
  const sums = sumBy(twoYears, (row) => `${row.period}:${row.metric}`);
  const get = (y: number, metric: string) => sums.get(`${y}:${metric}`) ?? 0;

  const visits = get(year, 'visits');
  const previousYearVisits = get(year - 1, 'visits');
  const daysCounted = daysElapsed(from, to, today);
  return {
    year,
    visits,
    previousYearVisits,
    changePercent: previousYearVisits > 0 ? ((visits - previousYearVisits) / previousYearVisits) * 100 : null,
    visitsPerDay: daysCounted > 0 ? visits / daysCounted : 0,
    daysCounted,
    partial: today >= from && today < to,
    returningVisits: get(year, 'returningVisits'),
    visitors: get(year, 'visitors'),
    moduleFinishes: modules.reduce((sum, entry) => sum + entry.finishes, 0),
    topModules: [...modules]
      .filter((entry) => entry.views > 0)
      .sort((a, b) => b.views - a.views || a.module - b.module)
      .slice(0, 3),
    campaignVisitsPerMonth: months.map((entry) => ({ month: entry.month, visits: entry.campaignVisits })),
    topReferrer: referrers.hosts[0] ?? null,
  };
}
