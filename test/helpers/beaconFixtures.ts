import type { Server } from 'node:http';
import type express from 'express';
import type { Payload } from 'payload';
import { sumCounters } from '../../cms/analytics/queries/sumCounters';

/** Fixtures shared by the analytics integration tests. */
export const silentLog = { info: () => undefined, warn: () => undefined, error: () => undefined };
export const ALL_METRICS = [
  'pageviews',
  'visits',
  'returningVisits',
  'visitors',
  'sourceVisits',
  'referrers',
  'moduleStarts',
  'sourceModuleStarts',
  'moduleFinishes',
  'monthVisitors',
  'yearVisitors',
  'yearReturningVisitors',
] as const;
/** Campaign source codes that the seed creates. */
export const SOURCES = ['banner-netwerk-a', 'banner-netwerk-b', 'poster-utrecht'];
/** More referrer hosts than the daily cap of 50, each its own public site name (see keepPublicReferrer). */
export const HOSTS = Array.from({ length: 70 }, (_, i) => `site${i}-voorbeeld.nl`);

/** Counts stored for one day, keyed "metric|key". */
export async function storedCounts(payload: Payload, day: string): Promise<Map<string, number>> {
  const rows = await sumCounters(payload, { from: day, to: day, metrics: ALL_METRICS, period: 'day' });
  return new Map(rows.map((row) => [`${row.metric}|${row.key}`, row.count]));
}

/** Beacon i of a deterministic mix of page views (with every flag combination) and module events. */
export function beacon(i: number): Record<string, unknown> {
  const source = i % 3 === 0 ? SOURCES[i % SOURCES.length] : undefined;
  if (i % 10 >= 7) {
    return { route: `module:${1 + (i % 17)}`, event: i % 10 === 9 ? 'moduleFinish' : 'moduleStart', newVisit: false, firstToday: false, returning: false, ...(source ? { source } : {}) };
  }
  const newVisit = ((i >> 1) & 1) === 1;
  const firstToday = ((i >> 2) & 1) === 1;
  const returning = ((i >> 3) & 1) === 1;
  // Period flags only in the combinations one browser can send (the schema refuses others).
  const firstThisMonth = newVisit && firstToday && ((i >> 4) & 1) === 1;
  const firstThisYear = firstThisMonth && ((i >> 5) & 1) === 1;
  const firstReturningThisYear = newVisit && returning && ((i >> 6) & 1) === 1;
  const routes = ['home', 'course', 'module:6', 'page:stop-kindermisbruik', 'privacy'];
  return {
    route: routes[i % routes.length],
    event: 'pageview',
    newVisit,
    firstToday,
    returning,
    // Every eighth page view comes from a page loaded before the period flags existed.
    ...(i % 8 === 5 ? {} : { firstThisMonth, firstThisYear, firstReturningThisYear }),
    ...(source ? { source, ...(i % 2 === 0 ? { landing: true } : {}) } : {}),
    ...(newVisit && i % 4 === 2 ? { referrer: HOSTS[(i >> 2) % HOSTS.length] } : {}),
  };
}

/** What the beacons must add up to, tallied independently of the ingest code. */
export function expectedCounts(beacons: Record<string, unknown>[]): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (metric: string, key: string) => counts.set(`${metric}|${key}`, (counts.get(`${metric}|${key}`) ?? 0) + 1);
  for (const b of beacons) {
    if (b.event === 'pageview') {
      add('pageviews', b.route as string);
      if (b.newVisit) add('visits', '');
      if (b.newVisit && b.returning) add('returningVisits', '');
      if (b.newVisit && b.referrer) add('referrers', b.referrer as string);
      if (b.firstToday) add('visitors', '');
      if (b.firstThisMonth) add('monthVisitors', '');
      if (b.firstThisYear) add('yearVisitors', '');
      if (b.firstReturningThisYear) add('yearReturningVisitors', '');
      if (b.landing) add('sourceVisits', b.source as string);
    } else {
      const module = (b.route as string).slice('module:'.length);
      add(b.event === 'moduleStart' ? 'moduleStarts' : 'moduleFinishes', module);
      if (b.event === 'moduleStart' && b.source) add('sourceModuleStarts', b.source as string);
    }
  }
  return counts;
}

export async function listen(app: express.Express): Promise<{ server: Server; url: string }> {
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const address = server.address();
  return { server, url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}` };
}
