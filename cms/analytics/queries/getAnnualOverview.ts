import type { Payload } from 'payload';
import { dayInAmsterdam } from '../dayInAmsterdam';
import { isCalendarDay } from './calendar';
import { type BrowserCount, type CountingInRange, countingInRange } from './countingInRange';
import { campaignPeaks } from './campaignPeaks';
import { getCountingHistory } from './getCountingHistory';
import { getModuleStats, type ModuleStats } from './getModuleStats';
import { getTopReferrers } from './getTopReferrers';
import { getTotals } from './getTotals';
import { getVisitsPerMonth } from './getVisitsPerMonth';
import { type ReadAs, sumBy, sumCounters } from './sumCounters';

/** The year before, over the same days of the year. */
export interface YearComparison {
  year: number;
  from: string;
  to: string;
  visits: number;
  /** Change in percent; null when the year before had no visits on those days. */
  changePercent: number | null;
  /** Over the whole year before, for a year that has ended (false: the same days so far). */
  wholeYear: boolean;
  /** One of the two was (partly) counted before the visit definitions changed. */
  acrossChange: boolean;
}

/** The figures of the helpline's annual report, for one calendar year. */
export interface AnnualOverview {
  year: number;
  /** The year includes today: every figure is "so far". */
  partial: boolean;
  visits: number;
  /** visits / daysCounted; null when no day of the year was counted. */
  visitsPerDay: number | null;
  /** Days from 1 January (or the first day with data) to 31 December (or today). */
  daysCounted: number;
  counting: CountingInRange;
  /** Null when either year was not counted on all the days compared. */
  comparison: YearComparison | null;
  /** Different browsers this year (see `BrowserCount`); null before they were counted. */
  uniqueVisitors: BrowserCount | null;
  /** Browsers that came back on a later day (the report's "bezoekers kwamen terug"). */
  returningVisitors: BrowserCount | null;
  /** Visits by browsers first counted on an earlier day. */
  returningVisits: number;
  moduleStarts: number;
  moduleFinishes: number;
  /** The three most viewed modules, most views first (modules without views left out). */
  topModules: ModuleStats[];
  /** Campaign (landing) visits in each month, January to December. */
  campaignVisitsPerMonth: { month: string; visits: number }[];
  /** Months ('YYYY-MM') with a campaign peak (see `campaignPeaks`), in calendar order. */
  campaignPeakMonths: string[];
  topReferrer: { host: string; visits: number } | null;
}

/** The same month and day a year earlier (29 February becomes the 28th). */
function aYearEarlier(day: string): string {
  const same = `${Number(day.slice(0, 4)) - 1}${day.slice(4)}`;
  return isCalendarDay(same) ? same : `${same.slice(0, 8)}28`;
}

/**
 * The annual overview. `today` (default: today in Amsterdam) decides whether the year is
 * still running; then it is compared with the same days of the year before.
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
  const [history, totals, months, modules, referrers] = await Promise.all([
    getCountingHistory(payload, readAs),
    getTotals(payload, from, to, readAs, today),
    getVisitsPerMonth(payload, from, to, readAs, today),
    getModuleStats(payload, from, to, readAs),
    getTopReferrers(payload, from, to, readAs, 1),
  ]);
  const counted = totals.counting.counted;

  let comparison: YearComparison | null = null;
  if (counted?.from === from) {
    const previous = { from: `${year - 1}-01-01`, to: aYearEarlier(counted.to) };
    const before = countingInRange(history, previous.from, previous.to, today).counted;
    if (before?.from === previous.from && before.to === previous.to) {
      const rows = await sumCounters(payload, { ...previous, metrics: ['visits'], period: 'all' }, readAs);
      const visits = sumBy(rows, () => '').get('') ?? 0;
      const both = countingInRange(history, previous.from, counted.to, today);
      comparison = {
        year: year - 1,
        ...previous,
        visits,
        changePercent: visits > 0 ? ((totals.visits - visits) / visits) * 100 : null,
        wholeYear: !totals.partial && counted.to === to,
        acrossChange: both.oldWay !== null && both.currentWay !== null,
      };
    }
  }

  const campaignVisitsPerMonth = months.map((entry) => ({ month: entry.month, visits: entry.campaignVisits }));
  return {
    year,
    partial: totals.partial,
    visits: totals.visits,
    visitsPerDay: totals.averagePerDay,
    daysCounted: totals.daysCounted,
    counting: totals.counting,
    comparison,
    uniqueVisitors: totals.uniqueVisitors,
    returningVisitors: totals.returningVisitors,
    returningVisits: totals.returningVisits,
    moduleStarts: totals.moduleStarts,
    moduleFinishes: totals.moduleFinishes,
    topModules: [...modules]
      .filter((entry) => entry.views > 0)
      .sort((a, b) => b.views - a.views || a.module - b.module)
      .slice(0, 3),
    campaignVisitsPerMonth,
    campaignPeakMonths: counted ? campaignPeaks(campaignVisitsPerMonth.filter((m) => m.month <= counted.to.slice(0, 7) && m.month >= counted.from.slice(0, 7))) : [],
    topReferrer: referrers.hosts[0] ?? null,
  };
}
