import type { Payload } from 'payload';
import { dayInAmsterdam } from '../dayInAmsterdam';
import type { ReadAs } from './sumCounters';
import { getCampaignTable, type CampaignPageRow } from './getCampaignTable';
import { getModuleStats, type ModuleStats } from './getModuleStats';
import { getTopReferrers, type TopReferrers } from './getTopReferrers';
import { getTotals, type Totals } from './getTotals';
import { type DayVisits, getVisitsPerDay } from './getVisitsPerDay';
import { getVisitsPerMonth, type MonthVisits } from './getVisitsPerMonth';

/** Everything the dashboard shows for one date range (and what its CSV export contains). */
export interface DashboardData {
  from: string;
  to: string;
  totals: Totals;
  perDay: DayVisits[];
  perMonth: MonthVisits[];
  modules: ModuleStats[];
  campaigns: CampaignPageRow[];
  referrers: TopReferrers;
}

/** Runs the dashboard's queries for `from`–`to` side by side. */
export async function getDashboard(
  payload: Payload,
  from: string,
  to: string,
  readAs: ReadAs = {},
  today = dayInAmsterdam(new Date()),
): Promise<DashboardData> {
  readAs = { shared: new Map(), ...readAs };
  const [totals, perDay, perMonth, modules, campaigns, referrers] = await Promise.all([
    getTotals(payload, from, to, readAs, today),
    getVisitsPerDay(payload, from, to, readAs),
    getVisitsPerMonth(payload, from, to, readAs),
    getModuleStats(payload, from, to, readAs),
    getCampaignTable(payload, from, to, readAs),
    getTopReferrers(payload, from, to, readAs),
  ]);
  return { from, to, totals, perDay, perMonth, modules, campaigns, referrers };
}
