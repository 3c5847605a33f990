import type { Endpoint, PayloadRequest } from 'payload';
import { hasRole } from '../../access/roles';
import { z } from 'zod';
import { countDays, isCalendarDay } from '../../analytics/queries/calendar';
import { toCsv } from '../../analytics/report/toCsv';
import { getContactCounts, type ContactCounts } from './getContactCounts';

// A few years is what any report needs (as the dashboard).
const MAX_RANGE_DAYS = 3 * 366;
const day = z.string().max(10).refine(isCalendarDay, 'Use YYYY-MM-DD.');

/** Query of GET /api/analytics-counters/contact. */
export const contactStatsQuery = z
  .strictObject({ from: day, to: day, format: z.enum(['json', 'csv']).default('json') })
  .refine((q) => q.from <= q.to, { message: '"from" must not be after "to".', path: ['to'] })
  .refine((q) => countDays(q.from, q.to) <= MAX_RANGE_DAYS, { message: `At most ${MAX_RANGE_DAYS} days.`, path: ['to'] });

const HEADER = ['Nieuwe gesprekken', 'Berichten in lopende gesprekken', 'Antwoorden'];

/** The counts as CSV for Dutch spreadsheets: totals, per month, per day. */
export function contactCsv(counts: ContactCounts): string {
  const row = (c: { conversations: number; replies: number; answers: number }) => [c.conversations, c.replies, c.answers];
  return toCsv([
    { title: `Contactformulier ${counts.from} t/m ${counts.to}`, header: HEADER, rows: [row(counts.totals)] },
    { title: 'Per maand', header: ['Maand', ...HEADER], rows: counts.perMonth.map((m) => [m.month, ...row(m)]) },
    { title: 'Per dag', header: ['Dag', ...HEADER], rows: counts.perDay.map((d) => [d.day, ...row(d)]) },
  ]);
}

const json = (body: unknown, status = 200) => Response.json(body, { status, headers: { 'cache-control': 'no-store' } });

/**
 * GET /api/analytics-counters/contact?from&to[&format=csv]: contact-form counts for analysts
 * and administrators, like the dashboard (role checked first, then the collection's read rule).
 */
export const contactStatsEndpoint: Endpoint = {
  path: '/contact',
  method: 'get',
  handler: async (req: PayloadRequest) => {
    if (!hasRole(req.user, 'analyst')) return json({ error: 'Forbidden' }, 403);
    const query = Object.fromEntries(new URL(req.url ?? '', 'http://localhost').searchParams);
    const parsed = contactStatsQuery.safeParse(query);
    if (!parsed.success) return json({ error: 'Invalid query', issues: parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })) }, 400);
    const { from, to, format } = parsed.data;
    const counts = await getContactCounts(req.payload, from, to, { req, overrideAccess: false });
    if (format !== 'csv') return json(counts);
    return new Response(contactCsv(counts), {
      headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="contactformulier-${from}-${to}.csv"`, 'cache-control': 'no-store' },
    });
  },
};
