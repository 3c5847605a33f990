import type { Payload } from 'payload';
import { dayInAmsterdam } from '../dayInAmsterdam';
import { getCampaignTable } from './getCampaignTable';
import { getModuleStats } from './getModuleStats';
import { getTopReferrers } from './getTopReferrers';
import { getTotals } from './getTotals';
import { getVisitsPerDay } from './getVisitsPerDay';
import { getVisitsPerMonth } from './getVisitsPerMonth';
import { getVisitsPerYear } from './getVisitsPerYear';
import type { ReadAs } from './sumCounters';

/** The range a dashboard request asks for, and the day it is asked on (Amsterdam). */
export interface DashboardRange {
  from: string;
  to: string;
  today: string;
}

/** One part of the dashboard: a read over the range. */
type DashboardPart<T> = (payload: Payload, range: DashboardRange, readAs: ReadAs) => Promise<T>;

/**
 * The dashboard's parts, by their key in `DashboardData` (and in the JSON of the endpoint).
 * To add figures, add a part here, a section in `cms/views/Dashboard/sections.tsx` and, for
 * the export, a table in `report/dashboardCsv.ts`.
 */
export const DASHBOARD_PARTS = {
  totals: (payload, r, readAs) => getTotals(payload, r.from, r.to, readAs, r.today),
  perDay: (payload, r, readAs) => getVisitsPerDay(payload, r.from, r.to, readAs),
  perMonth: (payload, r, readAs) => getVisitsPerMonth(payload, r.from, r.to, readAs, r.today),
  perYear: (payload, r, readAs) => getVisitsPerYear(payload, r.from, r.to, readAs, r.today),
  modules: (payload, r, readAs) => getModuleStats(payload, r.from, r.to, readAs),
  campaigns: (payload, r, readAs) => getCampaignTable(payload, r.from, r.to, readAs),
  referrers: (payload, r, readAs) => getTopReferrers(payload, r.from, r.to, readAs),
} satisfies Record<string, DashboardPart<unknown>>;

type Parts = typeof DASHBOARD_PARTS;

/** Everything the dashboard shows for one date range (and what its CSV export contains). */
export type DashboardData = DashboardRange & { [K in keyof Parts]: Awaited<ReturnType<Parts[K]>> };

/** Runs the dashboard's parts for `from`–`to` side by side; equal reads are made once. */
export async function getDashboard(
  payload: Payload,
  from: string,
  to: string,
  readAs: ReadAs = {},
  today = dayInAmsterdam(new Date()),
): Promise<DashboardData> {
  readAs = { shared: new Map(), ...readAs };
  const range: DashboardRange = { from, to, today };
  const parts = await Promise.all(
    Object.entries(DASHBOARD_PARTS).map(async ([key, part]) => [key, await (part as DashboardPart<unknown>)(payload, range, readAs)] as const),
  );
  return { ...range, ...Object.fromEntries(parts) } as DashboardData;
}
