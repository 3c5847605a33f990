/**
 * Analytics benchmark: beacon ingest throughput (counted == sent) and dashboard query time
 * over one generated year at ten times the 2022 campaign volume. Loopback only, bounded:
 * about 5 s of load plus the time to write the generated year.
 */
import { createServer } from 'node:http';
import type { Payload } from 'payload';
import { getAnnualOverview } from '../cms/analytics/queries/getAnnualOverview';
import { getDashboard } from '../cms/analytics/queries/getDashboard';
import { sumCounters } from '../cms/analytics/queries/sumCounters';
import { incrementCounters } from '../cms/analytics/write/incrementCounters';
import { createBeaconIngest } from '../server/beaconRoute';
import { generateDataset } from '../test/helpers/analyticsDataset';
import { BROWSER_UA } from '../test/helpers/postBeacons';
import { startTestPayload } from '../test/helpers/testPayload';
import { measure } from './throughput';

/** 2022 campaign clicks (PRODUCT.md): porn-site ads, Meta, Snapchat/Grindr, display. */
const CAMPAIGN_CLICKS_2022 = 235_000 + 136_000 + 22_000 + 2_163;
/** The generated dataset gives sources about half of all visits, so visits are twice the campaign visits. */
const VISITS_PER_DAY_AT_10X = Math.round((2 * 10 * CAMPAIGN_CLICKS_2022) / 365);
const BENCH_YEAR = 2025;
const INGEST_DAY = '2026-06-15';
const WARM_UP_DAY = '2026-06-14';
/** Upper bound of the measured run, so a very fast machine still finishes quickly. */
const MAX_BEACONS = 100_000;
const LOAD_SECONDS = 5;
const silent = { info: () => undefined, warn: () => undefined, error: () => undefined };



/** The beacon route alone (no site, no admin) on a loopback port, counting into `day`. */
async function startIngest(payload: Payload, day: string): Promise<{ url: string; close(): Promise<void> }> {
  const ingest = createBeaconIngest({ payload, log: silent, now: () => new Date(`${day}T12:00:00Z`) });
  // Dispatched before any framework, as in server/startServer.ts.
  const server = createServer((req, res) => {
    if (req.method === 'POST' && req.url === '/beacon') void ingest.handler(req, res);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  return {
    url,
    async close() {
      // Stop accepting first, then flush: the order the server's graceful shutdown uses.
      // Every request has had its answer by now, so no connection has work in flight.
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await ingest.close();
    },
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/**
 * (a) 50 connections POST a valid beacon for ~5 s through the real route, buffer and
 * SQLite writer; `sent` is autocannon's 2xx total and `counted` what the database holds
 * after close(). (b) Writes a generated year (and a smaller year before it) and times
 * `getDashboard` + `getAnnualOverview` for that year (median of three, after a warm-up).
 */
export async function benchAnalytics(): Promise<{ eventsPerSecond: number; sent: number; counted: number; dashboardMs: number }> {
  process.env.LOG_LEVEL ??= 'silent';
  const t = await startTestPayload();
  try {
    const { payload } = t;

    const body = JSON.stringify({ route: 'home', event: 'pageview', newVisit: true, firstToday: true, returning: false });
    // autocannon runs in its own process, so it takes neither the server's event loop nor its thread.
    const fire = async (url: string, load: { seconds: number } | { amount: number }) => {
      const result = await measure(`${url}/beacon`, {
        method: 'POST',
        body,
        connections: 50,
        ...load,
        headers: { 'content-type': 'text/plain;charset=UTF-8', 'user-agent': BROWSER_UA },
      });
      return { ok: result.total - result.non2xx - result.errors, rate: result.requestsPerSecond };
    };

    // A 1 s warm-up on its own day measures the rate. The measured run then sends a fixed
    // number of beacons (about LOAD_SECONDS of load), so every request is answered and
    // counted == sent can be checked exactly (a duration run cuts off requests in flight).
    const warmUp = await startIngest(payload, WARM_UP_DAY);
    const calibration = await fire(warmUp.url, { seconds: 2 });
    await warmUp.close();
    const amount = Math.min(MAX_BEACONS, Math.max(1_000, Math.round(calibration.rate * LOAD_SECONDS)));

    const measured = await startIngest(payload, INGEST_DAY);
    const result = await fire(measured.url, { amount });
    await measured.close();
    const sent = result.ok;
    const stored = await sumCounters(payload, { from: INGEST_DAY, to: INGEST_DAY, metrics: ['pageviews'], keys: ['home'], period: 'all' });
    const counted = stored.reduce((sum, row) => sum + row.count, 0);

    const sources = Array.from({ length: 40 }, (_, i) => `bron-${i + 1}`);
    const hosts = Array.from({ length: 50 }, (_, i) => `verwijzer-${i + 1}.example`);
    const years = [
      generateDataset({ from: `${BENCH_YEAR - 1}-01-01`, to: `${BENCH_YEAR - 1}-12-31`, visitsPerDay: VISITS_PER_DAY_AT_10X / 10, sources, hosts, seed: 1 }),
      generateDataset({ from: `${BENCH_YEAR}-01-01`, to: `${BENCH_YEAR}-12-31`, visitsPerDay: VISITS_PER_DAY_AT_10X, sources, hosts, seed: 2 }),
    ];
    for (const dataset of years) {
      for (let i = 0; i < dataset.length; i += 5_000) await incrementCounters(payload, dataset.slice(i, i + 5_000));
    }
    const timeQueries = async () => {
      const started = performance.now();
      await getDashboard(payload, `${BENCH_YEAR}-01-01`, `${BENCH_YEAR}-12-31`, {}, `${BENCH_YEAR + 1}-01-15`);
      await getAnnualOverview(payload, BENCH_YEAR, {}, `${BENCH_YEAR + 1}-01-15`);
      return performance.now() - started;
    };
    await timeQueries();
    const dashboardMs = median([await timeQueries(), await timeQueries(), await timeQueries()]);

    return { eventsPerSecond: result.rate, sent, counted, dashboardMs: Math.round(dashboardMs) };
  } finally {
    await t.close();
  }
}
