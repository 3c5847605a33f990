/**
 * `npm run bench`: performance targets as ratios measured in one run on this machine.
 * Everything runs on loopback, bounded in time.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { benchAnalytics } from './analyticsBench';
import { pageWeight } from './pageWeight';
import { analyticsScriptBytes } from './scriptSize';
import { measure, noopServer, staticTwin, type Throughput } from './throughput';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const rows: string[] = [];
const report = (line: string) => {
  rows.push(line);
  process.stdout.write(`${line}\n`);
};

async function compare(label: string, url: string): Promise<void> {
  const html = await (await fetch(url)).text();
  const twin = await staticTwin(html);
  try {
    // Warm both, then measure in the same run.
    await measure(url, { seconds: 1 });
    await measure(twin.url, { seconds: 1 });
    const page: Throughput = await measure(url, { seconds: SECONDS });
    const base: Throughput = await measure(twin.url, { seconds: SECONDS });
    const ratio = page.requestsPerSecond / base.requestsPerSecond;
    report(
      `${label}: ${page.requestsPerSecond} req/s (p99 ${page.p99Ms} ms, errors ${page.errors}, non-2xx ${page.non2xx}) vs express.static ${base.requestsPerSecond} req/s (p99 ${base.p99Ms} ms) → ratio ${ratio.toFixed(2)} [target ≥ 0.60, p99 < 50 ms]`,
    );
  } finally {
    await twin.close();
  }
}

async function main(): Promise<void> {
  process.env.LOG_LEVEL = 'silent';
  process.env.DATA_DIR = fs.mkdtempSync(path.join(os.tmpdir(), 'sin-bench-'));
  delete process.env.DATABASE_URL;
  const { startServer } = await import('../server/startServer');
  const running = await startServer({ port: 0, withAdmin: false });
  const base = running.url.replace('localhost', '127.0.0.1');
  try {
    report(`# bench ${new Date().toISOString()} on ${os.cpus().length} cores, node ${process.version}`);
    await compare('landing page /stop-kindermisbruik (50 connections)', `${base}/stop-kindermisbruik`);
    await compare('module page /zelfhulp/verslaving (50 connections)', `${base}/zelfhulp/verslaving`);

    const burst = await measure(`${base}/hulp-bij-kijkgedrag`, { connections: 50, amount: 10_000, overallRate: 1_000 });
    report(`burst: ${burst.total} requests at 1,000/s → errors ${burst.errors}, non-2xx ${burst.non2xx}, p99 ${burst.p99Ms} ms [target 0 errors]`);

    // Beacon ingest through the full server (headers, logging, route) against a no-op Express
    // handler answering 204 in the same run: the ratio shows what the ingest itself costs.
    const beacon = JSON.stringify({ route: 'home', event: 'pageview', newVisit: true, firstToday: true, returning: false });
    const post = { method: 'POST', body: beacon, seconds: SECONDS, headers: { 'content-type': 'text/plain', 'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) Chrome/140.0 Safari/537.36' } };
    const noop = await noopServer();
    try {
      const ingest = await measure(`${base}/beacon`, post);
      const baseline = await measure(noop.url, post);
      report(
        `beacon ingest via the full server: ${ingest.requestsPerSecond} events/s (p99 ${ingest.p99Ms} ms, non-2xx ${ingest.non2xx}) vs a no-op Express 204 handler ${baseline.requestsPerSecond} req/s → ratio ${(ingest.requestsPerSecond / baseline.requestsPerSecond).toFixed(2)}`,
      );
    } finally {
      await noop.close();
    }

    for (const slug of ['verslaving', 'triggers']) {
      const weight = await pageWeight(base, `/zelfhulp/${slug}`);
      report(
        `module page weight /zelfhulp/${slug}: ${(weight.totalBytes / 1024).toFixed(1)} KB transferred (brotli, ${weight.files} files), JavaScript ${(weight.jsBytes / 1024).toFixed(1)} KB [targets ≤ 50 KB, ≤ 12 KB]`,
      );
    }
    for (const line of await (await import('./lighthouse')).lighthouseReport(base)) report(line);
  } finally {
    await running.close();
  }

  report(`analytics script: ${await analyticsScriptBytes()} bytes (minified, gzip -9) [target ≤ 1,536]`);
  const a = await benchAnalytics();
  report(`beacon ingest: ${a.eventsPerSecond} events/s at 50 connections, sent ${a.sent}, counted ${a.counted} [target ≥ 5,000/s, counted == sent]`);
  report(`dashboard + annual overview over one year at 10× 2022 volume: ${a.dashboardMs} ms [target < 300 ms]`);
}

main().then(
  () => process.exit(0),
  (error) => {
    process.stderr.write(`bench failed: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  },
);
