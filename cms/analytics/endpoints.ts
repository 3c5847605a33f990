import type { Endpoint, PayloadRequest } from 'payload';
import { z } from 'zod';
import { hasRole } from '../access/roles';
import { contactStatsEndpoint } from '../contact/stats/contactStatsEndpoint';
import { getAnnualOverview } from './queries/getAnnualOverview';
import { getDashboard } from './queries/getDashboard';
import { isCalendarDay, countDays } from './queries/calendar';
import { annualCsv, dashboardCsv } from './report/dashboardCsv';

/** Longest range one request may ask for: a few years is what any report needs. */
export const MAX_RANGE_DAYS = 3 * 366;

const day = z.string().max(10).refine(isCalendarDay, 'Use YYYY-MM-DD.');
const format = z.enum(['json', 'csv']).default('json');

/** Query of GET /api/analytics-counters/dashboard. */
export const dashboardQuery = z
  .strictObject({ from: day, to: day, format })
  .refine((q) => q.from <= q.to, { message: '"from" must not be after "to".', path: ['to'] })
  .refine((q) => countDays(q.from, q.to) <= MAX_RANGE_DAYS, { message: `At most ${MAX_RANGE_DAYS} days.`, path: ['to'] });

/** Query of GET /api/analytics-counters/annual. */
export const annualQuery = z.strictObject({ year: z.coerce.number().int().min(2000).max(2100), format });

function queryOf(req: PayloadRequest): Record<string, string> {
  return Object.fromEntries(new URL(req.url ?? '', 'http://localhost').searchParams);
}

/** The one error shape of these endpoints. */
function error(status: number, message: string, issues?: z.core.$ZodIssue[]) {
  return Response.json(
    { error: message, ...(issues ? { issues: issues.map((i) => ({ path: i.path.join('.'), message: i.message })) } : {}) },
    { status, headers: { 'cache-control': 'no-store' } },
  );
}

function respond(body: unknown, csv: string | null, filename: string) {
  if (csv !== null) {
    return new Response(csv, {
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="${filename}"`,
        'cache-control': 'no-store',
      },
    });
  }
  return Response.json(body, { headers: { 'cache-control': 'no-store' } });
}

/**
 * Dashboard data for analysts and administrators. The role is checked first (403), and the
 * queries run with the caller's rights too (`overrideAccess: false`), so the collection's
 * read rule applies as well.
 */
export const dashboardEndpoint: Endpoint = {
  path: '/dashboard',
  method: 'get',
  handler: async (req) => {
    if (!hasRole(req.user, 'analyst')) return error(403, 'Forbidden');
    const parsed = dashboardQuery.safeParse(queryOf(req));
    if (!parsed.success) return error(400, 'Invalid query', parsed.error.issues);
    const { from, to, format: as } = parsed.data;
    const data = await getDashboard(req.payload, from, to, { req, overrideAccess: false });
    return respond(data, as === 'csv' ? dashboardCsv(data) : null, `statistieken-${from}-${to}.csv`);
  },
};

/** The annual overview of one year, for analysts and administrators. */
export const annualEndpoint: Endpoint = {
  path: '/annual',
  method: 'get',
  handler: async (req) => {
    if (!hasRole(req.user, 'analyst')) return error(403, 'Forbidden');
    const parsed = annualQuery.safeParse(queryOf(req));
    if (!parsed.success) return error(400, 'Invalid query', parsed.error.issues);
    const { year, format: as } = parsed.data;
    const overview = await getAnnualOverview(req.payload, year, { req, overrideAccess: false });
    return respond(overview, as === 'csv' ? annualCsv(overview) : null, `jaaroverzicht-${year}.csv`);
  },
};

/** Mounted on the analytics-counters collection: /api/analytics-counters/dashboard, /annual and /contact. */
export const analyticsEndpoints: Endpoint[] = [dashboardEndpoint, annualEndpoint, contactStatsEndpoint];
