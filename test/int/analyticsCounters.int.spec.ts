import express from 'express';
import type { Payload } from 'payload';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createAnalyticsRegistry } from '../../cms/analytics/createAnalyticsRegistry';
import type { Increment } from '../../cms/analytics/ingest/metrics';
import { incrementCounters } from '../../cms/analytics/write/incrementCounters';
import { createBeaconIngest } from '../../server/beaconRoute';
import { beacon, expectedCounts, listen, silentLog, storedCounts as storedOn } from '../helpers/beaconFixtures';
import { postBeacons } from '../helpers/postBeacons';
import { startTestPayload, type TestPayload } from '../helpers/testPayload';

const BEACON_DAY = '2024-11-05';

let t: TestPayload;
let payload: Payload;
const storedCounts = (day: string) => storedOn(payload, day);

beforeAll(async () => {
  t = await startTestPayload({ seed: true });
  payload = t.payload;
});
afterAll(async () => {
  await t?.close();
});

describe('createBeaconIngest', () => {
  test('counts 12,000 concurrent beacons exactly, per flag and per key, while flushing', async () => {
    const ingest = createBeaconIngest({ payload, log: silentLog, flushIntervalMs: 25, now: () => new Date(`${BEACON_DAY}T12:00:00Z`) });
    const app = express();
    app.post('/beacon', ingest.handler);
    const { server, url } = await listen(app);

    const beacons = Array.from({ length: 12_000 }, (_, i) => beacon(i));
    const statuses = await postBeacons(url, beacons.map((b) => JSON.stringify(b)), 100);
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await ingest.close();

    expect(statuses.filter((s) => s !== 204)).toEqual([]);
    const stored = await storedCounts(BEACON_DAY);
    const expected = expectedCounts(beacons);
    const referrerTotal = (counts: Map<string, number>) =>
      [...counts].filter(([id]) => id.startsWith('referrers|')).reduce((sum, [, n]) => sum + n, 0);

    for (const [id, count] of expected) {
      // A host beyond the daily cap of 50 is counted under "other" instead.
      if (id.startsWith('referrers|') && !stored.has(id)) continue;
      expect({ id, count: stored.get(id) }).toEqual({ id, count });
    }
    const storedHosts = [...stored.keys()].filter((id) => id.startsWith('referrers|') && id !== 'referrers|other');
    const expectedHosts = [...expected.keys()].filter((id) => id.startsWith('referrers|')).length;
    expect(expectedHosts).toBeGreaterThan(50);
    expect(storedHosts).toHaveLength(50);
    expect(referrerTotal(stored)).toBe(referrerTotal(expected));
    expect(stored.get('visits|')).toBe(beacons.filter((b) => b.event === 'pageview' && b.newVisit).length);
    // 12,000 HTTP requests: on a shared 2-core machine under load this takes well over a minute.
  }, 180_000);

  test('a shutdown in the middle of the load counts every beacon that was answered', async () => {
    const day = '2024-11-09';
    const ingest = createBeaconIngest({ payload, log: silentLog, flushIntervalMs: 50, now: () => new Date(`${day}T12:00:00Z`) });
    const app = express();
    app.post('/beacon', ingest.handler);
    const { server, url } = await listen(app);
    const body = JSON.stringify({ route: 'home', event: 'pageview', newVisit: true, firstToday: false, returning: false });
    const load = postBeacons(url, Array.from({ length: 6_000 }, () => body), 50);
    await new Promise((resolve) => setTimeout(resolve, 400));
    // What the server does on SIGTERM: stop accepting, let requests in flight finish, then flush.
    const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeIdleConnections();
    const statuses = await load;
    await stopped;
    await ingest.close();

    const answered = statuses.filter((status) => status === 204).length;
    expect(answered).toBeGreaterThan(0);
    expect(statuses.every((status) => status === 204 || status === 0)).toBe(true);
    const stored = await storedCounts(day);
    expect([stored.get('visits|'), stored.get('pageviews|home')]).toEqual([answered, answered]);
  });

  test('answers 4xx to bad beacons and counts nothing for them', async () => {
    const day = '2024-11-06';
    const ingest = createBeaconIngest({ payload, log: silentLog, now: () => new Date(`${day}T12:00:00Z`) });
    const app = express();
    app.post('/beacon', ingest.handler);
    const { server, url } = await listen(app);
    const bad = [
      '{"route":"home"',
      JSON.stringify({ route: 'module:42', event: 'pageview', newVisit: true, firstToday: true, returning: false }),
      JSON.stringify({ route: 'home', event: 'pageview', newVisit: true, firstToday: true, returning: false, source: 'onbekend' }),
      JSON.stringify({ route: 'home', event: 'pageview', newVisit: 'true', firstToday: true, returning: false }),
      JSON.stringify({ route: "home'; DROP TABLE analytics_counters; --", event: 'pageview', newVisit: true, firstToday: true, returning: false }),
      'x'.repeat(5_000),
    ];
    const statuses = await postBeacons(url, bad, 3);
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await ingest.close();
    expect(statuses).toEqual([400, 422, 422, 422, 422, 413]);
    expect((await storedCounts(day)).size).toBe(0);
  });

  test('puts a failed write back and writes it once at the next flush', async () => {
    const day = '2024-11-07';
    let calls = 0;
    const ingest = createBeaconIngest({
      payload,
      log: silentLog,
      now: () => new Date(`${day}T12:00:00Z`),
      write: async (p, increments) => {
        calls += 1;
        if (calls === 1) throw new Error('database unavailable');
        return incrementCounters(p, increments);
      },
    });
    const app = express();
    app.post('/beacon', ingest.handler);
    const { server, url } = await listen(app);
    await postBeacons(url, Array.from({ length: 30 }, () => JSON.stringify(beacon(2))), 10);
    await ingest.flush();
    expect(ingest.pending()).toBeGreaterThan(0);
    await postBeacons(url, Array.from({ length: 20 }, () => JSON.stringify(beacon(2))), 10);
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await ingest.close();
    expect(ingest.pending()).toBe(0);
    const stored = await storedCounts(day);
    for (const [id, count] of expectedCounts([beacon(2)])) expect({ id, count: stored.get(id) }).toEqual({ id, count: count * 50 });
  });
});

describe('incrementCounters', () => {
  test('keeps 50 referrer hosts per day across flushes and counts new ones as other', async () => {
    const day = '2024-11-08';
    const hosts = (from: number, to: number): Increment[] =>
      Array.from({ length: to - from }, (_, i) => ({ day, metric: 'referrers', key: `h${from + i}.example`, count: 2 }));
    await incrementCounters(payload, hosts(0, 45));
    await incrementCounters(payload, [...hosts(40, 60), { day, metric: 'referrers', key: 'other', count: 1 }]);
    const stored = await storedCounts(day);
    expect(stored.get('referrers|h0.example')).toBe(2);
    expect(stored.get('referrers|h42.example')).toBe(4);
    expect(stored.get('referrers|h49.example')).toBe(2);
    expect(stored.has('referrers|h50.example')).toBe(false);
    expect(stored.get('referrers|other')).toBe(10 * 2 + 1);
  });
});

describe('createAnalyticsRegistry', () => {
  test('knows the fixed routes, published modules, pages and every campaign source', async () => {
    const registry = createAnalyticsRegistry(payload);
    await registry.ready;
    expect(['home', 'course', 'notfound', 'module:1', 'module:17', 'page:stop-kindermisbruik'].every((k) => registry.hasRoute(k))).toBe(true);
    expect(registry.hasRoute('module:18')).toBe(false);
    expect(registry.hasRoute('page:bestaat-niet')).toBe(false);
    expect(registry.hasSource('poster-utrecht')).toBe(true);
    expect(registry.hasSource('poster-nergens')).toBe(false);
    registry.close();
  });

  test('learns a new campaign source after the change is announced', async () => {
    const registry = createAnalyticsRegistry(payload);
    await registry.ready;
    const { docs } = await payload.find({ collection: 'pages', where: { path: { equals: '/hulp-bij-kijkgedrag' } }, limit: 1 });
    await payload.create({ collection: 'campaign-sources', data: { code: 'poster-zwolle', label: 'Poster Zwolle', channel: 'poster', page: docs[0]!.id } });
    await registry.refresh();
    expect(registry.hasSource('poster-zwolle')).toBe(true);
    registry.close();
  });
});
