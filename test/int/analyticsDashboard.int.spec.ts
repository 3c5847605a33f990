import { createLocalReq, type Payload, type TypedUser } from 'payload';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { annualEndpoint, dashboardEndpoint } from '../../cms/analytics/endpoints';
import type { Increment } from '../../cms/analytics/ingest/metrics';
import { getAnnualOverview } from '../../cms/analytics/queries/getAnnualOverview';
import { getCampaignTable } from '../../cms/analytics/queries/getCampaignTable';
import { getDashboard } from '../../cms/analytics/queries/getDashboard';
import { getTotals } from '../../cms/analytics/queries/getTotals';
import { sumWithLocalApi } from '../../cms/analytics/queries/sum/sumWithLocalApi';
import { type CounterFilter, sumCounters } from '../../cms/analytics/queries/sumCounters';
import { incrementCounters } from '../../cms/analytics/write/incrementCounters';
import { generateDataset, sumOf } from '../helpers/analyticsDataset';
import { ALL_METRICS, HOSTS, SOURCES } from '../helpers/beaconFixtures';
import { startTestPayload, type TestPayload } from '../helpers/testPayload';

let t: TestPayload;
let payload: Payload;

beforeAll(async () => {
  t = await startTestPayload({ seed: true });
  payload = t.payload;
});
afterAll(async () => {
  await t?.close();
});

describe('dashboard queries', () => {
  const dataset = [
    ...generateDataset({ from: '2022-01-01', to: '2022-12-31', visitsPerDay: 30, sources: SOURCES, hosts: HOSTS.slice(0, 20), seed: 2022 }),
    ...generateDataset({ from: '2023-01-01', to: '2023-12-31', visitsPerDay: 40, sources: SOURCES, hosts: HOSTS.slice(0, 20), seed: 2023 }),
  ];

  beforeAll(async () => {
    for (let i = 0; i < dataset.length; i += 5_000) await incrementCounters(payload, dataset.slice(i, i + 5_000));
  });

  test('per day, per month and for the year equal the dataset’s own totals', async () => {
    const data = await getDashboard(payload, '2023-01-01', '2023-12-31', {}, '2024-03-01');
    expect(data.perDay).toHaveLength(365);
    for (const entry of data.perDay) {
      expect(entry.visits).toBe(sumOf(dataset, 'visits', { dayPrefix: entry.day }));
      expect(entry.returningVisits).toBe(sumOf(dataset, 'returningVisits', { dayPrefix: entry.day }));
      expect(entry.visitors).toBe(sumOf(dataset, 'visitors', { dayPrefix: entry.day }));
    }
    expect(data.perMonth.map((m) => m.month)).toEqual(Array.from({ length: 12 }, (_, i) => `2023-${String(i + 1).padStart(2, '0')}`));
    for (const entry of data.perMonth) {
      expect(entry.visits).toBe(sumOf(dataset, 'visits', { dayPrefix: entry.month }));
      expect(entry.campaignVisits).toBe(sumOf(dataset, 'sourceVisits', { dayPrefix: entry.month }));
    }
    const visits = sumOf(dataset, 'visits', { dayPrefix: '2023' });
    expect(data.totals.visits).toBe(visits);
    expect(data.totals.averagePerDay).toBeCloseTo(visits / 365, 10);
    expect(data.totals.returningVisits).toBe(sumOf(dataset, 'returningVisits', { dayPrefix: '2023' }));
    expect(data.totals.moduleFinishes).toBe(sumOf(dataset, 'moduleFinishes', { dayPrefix: '2023' }));
    for (const entry of data.modules) {
      expect(entry.views).toBe(sumOf(dataset, 'pageviews', { key: `module:${entry.module}`, dayPrefix: '2023' }));
      expect(entry.starts).toBe(sumOf(dataset, 'moduleStarts', { key: String(entry.module), dayPrefix: '2023' }));
    }
    expect(data.modules.find((m) => m.module === 6)?.title).toBeTruthy();
    const topHost = HOSTS.slice(0, 20)
      .map((host) => ({ host, visits: sumOf(dataset, 'referrers', { key: host, dayPrefix: '2023' }) }))
      .sort((a, b) => b.visits - a.visits || a.host.localeCompare(b.host));
    expect(data.referrers.hosts).toEqual(topHost.slice(0, 10));
  });

  test('groups campaign visits and module starts per landing page and source', async () => {
    const table = await getCampaignTable(payload, '2023-01-01', '2023-12-31');
    const banner = table.find((page) => page.pagePath === '/stop-kindermisbruik');
    expect(banner?.sources.map((s) => s.code).sort()).toEqual(['banner-netwerk-a', 'banner-netwerk-b']);
    for (const code of SOURCES) {
      const row = table.flatMap((page) => page.sources).find((s) => s.code === code);
      expect(row?.visits).toBe(sumOf(dataset, 'sourceVisits', { key: code, dayPrefix: '2023' }));
      expect(row?.moduleStarts).toBe(sumOf(dataset, 'sourceModuleStarts', { key: code, dayPrefix: '2023' }));
    }
  });

  test('the annual overview gives the report’s figures', async () => {
    const o = await getAnnualOverview(payload, 2023, {}, '2024-03-01');
    const visits = sumOf(dataset, 'visits', { dayPrefix: '2023' });
    const previous = sumOf(dataset, 'visits', { dayPrefix: '2022' });
    expect(o).toMatchObject({ visits, daysCounted: 365, partial: false, comparison: { year: 2022, visits: previous, wholeYear: true } });
    expect(o.comparison?.changePercent).toBeCloseTo(((visits - previous) / previous) * 100, 10);
    expect(o.visitsPerDay).toBeCloseTo(visits / 365, 10);
    expect(o.returningVisits).toBe(sumOf(dataset, 'returningVisits', { dayPrefix: '2023' }));
    const views = Array.from({ length: 17 }, (_, i) => ({ module: i + 1, views: sumOf(dataset, 'pageviews', { key: `module:${i + 1}`, dayPrefix: '2023' }) }));
    views.sort((a, b) => b.views - a.views || a.module - b.module);
    expect(o.topModules.map((m) => m.module)).toEqual(views.slice(0, 3).map((m) => m.module));
    expect(o.campaignVisitsPerMonth.map((m) => m.visits)).toEqual(
      Array.from({ length: 12 }, (_, i) => sumOf(dataset, 'sourceVisits', { dayPrefix: `2023-${String(i + 1).padStart(2, '0')}` })),
    );
    expect(o.topReferrer?.visits).toBe(Math.max(...HOSTS.slice(0, 20).map((host) => sumOf(dataset, 'referrers', { key: host, dayPrefix: '2023' }))));
  });

  test('the database sums agree with the portable Local API sums', async () => {
    const sorted = (rows: Awaited<ReturnType<typeof sumCounters>>) =>
      [...rows].sort((a, b) => `${a.period}|${a.metric}|${a.key}`.localeCompare(`${b.period}|${b.metric}|${b.key}`));
    for (const period of ['day', 'month', 'year', 'all'] as const) {
      const filter: CounterFilter = { from: '2022-11-15', to: '2023-02-10', metrics: ALL_METRICS, period };
      expect(sorted(await sumCounters(payload, filter))).toEqual(sorted(await sumWithLocalApi(payload, filter, {})));
    }
  });

  test('a running year is averaged over the days so far', async () => {
    const o = await getAnnualOverview(payload, 2023, {}, '2023-07-01');
    expect(o.partial).toBe(true);
    expect(o.daysCounted).toBe(182);
    expect(o.visitsPerDay).toBeCloseTo(o.visits / 182, 10);
  });
});

describe('access to analytics counters', () => {
  const users = new Map<string, TypedUser>();

  beforeAll(async () => {
    for (const role of ['admin', 'editor', 'coordinator', 'analyst'] as const) {
      const user = await payload.create({ collection: 'users', data: { email: `${role}@example.org`, password: 'lang-genoeg-wachtwoord-123', roles: [role] } });
      users.set(role, { ...user, collection: 'users' } as TypedUser);
    }
  });

  test.each([
    ['admin', true],
    ['analyst', true],
    ['editor', false],
    ['coordinator', false],
    ['anonymous', false],
  ])('%s may read counters and dashboard queries: %s', async (role, allowed) => {
    const user = users.get(role) ?? null;
    const read = payload.find({ collection: 'analytics-counters', limit: 1, overrideAccess: false, user });
    const totals = getTotals(payload, '2023-01-01', '2023-01-31', { user, overrideAccess: false });
    const annual = getAnnualOverview(payload, 2023, { user, overrideAccess: false });
    if (allowed) {
      await expect(read).resolves.toMatchObject({ totalDocs: expect.any(Number) });
      await expect(totals).resolves.toMatchObject({ visits: sumOf(dataset2023January(), 'visits') });
      await expect(annual).resolves.toMatchObject({ year: 2023 });
    } else {
      await expect(read).rejects.toThrow();
      await expect(totals).rejects.toThrow();
      await expect(annual).rejects.toThrow();
    }
  });

  test.each([
    ['admin', 200],
    ['analyst', 200],
    ['editor', 403],
    ['coordinator', 403],
    ['anonymous', 403],
  ])('%s gets %s from the dashboard and annual endpoints', async (role, status) => {
    const user = users.get(role);
    const dashboard = await dashboardEndpoint.handler(await createLocalReq({ user, urlSuffix: '/api/analytics-counters/dashboard?from=2023-01-01&to=2023-01-31' }, payload));
    const annual = await annualEndpoint.handler(await createLocalReq({ user, urlSuffix: '/api/analytics-counters/annual?year=2023&format=csv' }, payload));
    expect([dashboard.status, annual.status]).toEqual([status, status]);
    if (status === 200) expect(annual.headers.get('content-type')).toContain('text/csv');
  });

  test('rejects invalid endpoint queries with 400', async () => {
    const user = users.get('analyst');
    for (const query of ['from=2023-02-30&to=2023-03-01', 'from=2023-03-01&to=2023-01-01', 'from=2015-01-01&to=2023-01-01', 'from=2023-01-01&to=2023-01-02&x=1']) {
      const response = await dashboardEndpoint.handler(await createLocalReq({ user, urlSuffix: `/api/analytics-counters/dashboard?${query}` }, payload));
      expect(response.status).toBe(400);
    }
  });

  test('nobody creates, changes or deletes counters through the API, not even an admin', async () => {
    const user = users.get('admin');
    await expect(payload.create({ collection: 'analytics-counters', data: { day: '2023-01-01', metric: 'visits', key: '', count: 1 }, overrideAccess: false, user })).rejects.toThrow();
    const [row] = (await payload.find({ collection: 'analytics-counters', where: { day: { equals: '2023-01-01' } }, limit: 1 })).docs;
    await expect(payload.update({ collection: 'analytics-counters', id: row!.id, data: { count: 0 }, overrideAccess: false, user })).rejects.toThrow();
    await expect(payload.delete({ collection: 'analytics-counters', id: row!.id, overrideAccess: false, user })).rejects.toThrow();
    await expect(payload.delete({ collection: 'analytics-counters', where: { day: { equals: '2023-01-01' } }, overrideAccess: false, user })).rejects.toThrow();
  });
});

/** The January 2023 part of the dashboard dataset (rebuilt: same seed, same numbers). */
function dataset2023January(): Increment[] {
  return generateDataset({ from: '2023-01-01', to: '2023-12-31', visitsPerDay: 40, sources: SOURCES, hosts: HOSTS.slice(0, 20), seed: 2023 }).filter((i) =>
    i.day.startsWith('2023-01'),
  );
}
