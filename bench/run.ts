/**
 * `npm run bench`: the performance targets, measured in one run on this machine, as ratios to
 * baselines measured in the same run. Everything runs on loopback, bounded in time.
 *
 * The portal runs exactly as `npm start` runs it (the compiled server in its own process, logs
 * to a file). Throughput uses Debian's `wrk` (one thread, 50 connections) against each page,
 * against nginx serving the same bytes (Debian's nginx-light, one worker, started and stopped
 * here) and against express.static serving the same bytes. Install both with
 * `apt-get install -y nginx-light wrk`. The table is printed and written as JSON to
 * bench/results/.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openPortalDb, scalar } from '../test/helpers/manyProcesses';
import { benchDashboard } from './dashboardBench';
import { type BuiltPortal, rssMb, startBuiltPortal } from './builtPortal';
import { pageWeight } from './pageWeight';
import { analyticsScriptBytes } from './scriptSize';
import { measure, noopServer } from './throughput';
import { expressStaticTwin, hasNginx, nginxTwin, type PageBytes } from './twins';
import { hasWrk, type WrkResult, wrk } from './wrk';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const COLD_STARTS = 3;
/** The route the measured beacon run counts into (no page of the bench sends beacons). */
const INGEST_ROUTE = 'course';
const ENCODING = 'br';
const rows: string[] = [];
const json: Record<string, unknown> = {};
const report = (line: string) => {
  rows.push(line);
  process.stdout.write(`${line}\n`);
};
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * What the portal sends for a page with Accept-Encoding: br, and that it came from the cache.
 * Each call opens its own connection, so in a cluster successive calls reach every worker in turn.
 */
async function pageBytes(url: string): Promise<PageBytes & { cache: string | null }> {
  const http = await import('node:http');
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: { 'accept-encoding': ENCODING }, agent: false }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({ body: Buffer.concat(chunks), contentEncoding: (res.headers['content-encoding'] as string) ?? null, cache: (res.headers['x-cache'] as string) ?? null }),
        );
      })
      .on('error', reject);
  });
}

const fmt = (r: WrkResult) => `${r.requestsPerSecond.toLocaleString('en')} req/s (p99 ${r.p99Ms} ms${r.errors ? `, ${r.errors} errors` : ''})`;

interface PageRow {
  page: string;
  bytes: number;
  portal: WrkResult;
  nginx: WrkResult | null;
  expressStatic: WrkResult;
  ratioToNginx: number | null;
  ratioToExpressStatic: number;
}

/** One page against its two baselines, each warmed for a second first. */
async function comparePage(portal: BuiltPortal, pathname: string, target: string): Promise<PageRow> {
  const url = `${portal.url}${pathname}`;
  await pageBytes(url);
  const page = await pageBytes(url);
  if (page.cache !== 'HIT') throw new Error(`${pathname} did not come from the cache (X-Cache: ${page.cache})`);
  const headers = { 'accept-encoding': ENCODING };
  const run = async (u: string) => {
    await wrk(u, { seconds: 1, headers });
    return wrk(u, { seconds: SECONDS, headers });
  };
  const portalResult = await run(url);
  let nginxResult: WrkResult | null = null;
  if (hasNginx()) {
    const twin = await nginxTwin(page);
    try {
      nginxResult = await run(twin.url);
    } finally {
      await twin.close();
    }
  }
  const twin = await expressStaticTwin(page);
  let staticResult: WrkResult;
  try {
    staticResult = await run(twin.url);
  } finally {
    await twin.close();
  }
  const row: PageRow = {
    page: pathname,
    bytes: page.body.length,
    portal: portalResult,
    nginx: nginxResult,
    expressStatic: staticResult,
    ratioToNginx: nginxResult ? Math.round((portalResult.requestsPerSecond / nginxResult.requestsPerSecond) * 100) / 100 : null,
    ratioToExpressStatic: Math.round((portalResult.requestsPerSecond / staticResult.requestsPerSecond) * 100) / 100,
  };
  report(
    `  ${pathname} (${page.body.length.toLocaleString('en')} B ${page.contentEncoding}): portal ${fmt(portalResult)} | nginx ${nginxResult ? fmt(nginxResult) : 'not installed'} | express.static ${fmt(staticResult)} → ratio to nginx ${row.ratioToNginx ?? '–'}, to express.static ${row.ratioToExpressStatic} [${target}]`,
  );
  return row;
}

function rssOf(portal: BuiltPortal): number[] {
  return portal.workerPids().map(rssMb);
}

/** One portal configuration: cold start, memory, throughput per page. */
async function benchPortal(dataDir: string, workers: number, pages: { path: string; target: string }[], logDir: string) {
  const env = { WEB_CONCURRENCY: String(workers), LOG_LEVEL: 'info' };
  // One start is noisy: start and stop COLD_STARTS - 1 times first, the last start is measured on.
  const coldStarts: number[] = [];
  for (let i = 1; i < COLD_STARTS; i++) {
    const trial = await startBuiltPortal(dataDir, path.join(logDir, `portal-w${workers}-start${i}.log`), env, '/zelfhulp/verslaving');
    coldStarts.push(trial.coldStartMs);
    await trial.stop();
  }
  const portal = await startBuiltPortal(dataDir, path.join(logDir, `portal-w${workers}.log`), env, '/zelfhulp/verslaving');
  coldStarts.push(portal.coldStartMs);
  const median = [...coldStarts].sort((a, b) => a - b)[Math.floor(coldStarts.length / 2)]!;
  const result: Record<string, unknown> = { webConcurrency: workers, coldStartMs: median, coldStartsMs: coldStarts };
  try {
    report(
      `WEB_CONCURRENCY=${workers}: cold start to the first 200 of a module page, existing data: median ${median.toLocaleString('en')} ms of ${coldStarts.length} starts (${coldStarts.map((ms) => ms.toLocaleString('en')).join(', ')} ms) [target ≤ 3,000 ms]`,
    );
    // Every worker renders and caches every page first (the cluster hands new connections to
    // the workers in turn), so "idle" is a worker that has served the pages, as in production.
    for (const page of pages) for (let i = 0; i < 4 * workers; i++) await pageBytes(`${portal.url}${page.path}`);
    await sleep(3_000);
    const idle = rssOf(portal);
    result.rssIdleMb = idle;
    report(`  RSS per web worker, idle (after the pages were cached): ${idle.join(', ')} MB [target ≤ 350 MB]`);
    const rowsOut: PageRow[] = [];
    for (const page of pages) rowsOut.push(await comparePage(portal, page.path, page.target));
    result.pages = rowsOut;
    const loaded = rssOf(portal);
    await sleep(15_000);
    const settled = rssOf(portal);
    result.rssAfterLoadMb = loaded;
    result.rssSettledMb = settled;
    const worst = Math.max(...settled.map((mb, i) => mb / (idle[i] ?? mb)));
    report(
      `  RSS per web worker: right after the load ${loaded.join(', ')} MB, 15 s later ${settled.join(', ')} MB → the highest ${worst >= 1 ? `${Math.round((worst - 1) * 100)} % above` : `${Math.round((1 - worst) * 100)} % below`} its idle size [target within 10 %]`,
    );
  } finally {
    await portal.stop();
  }
  return { portal, result };
}

async function main(): Promise<void> {
  if (!hasWrk()) throw new Error('npm run bench needs wrk and nginx-light: apt-get install -y nginx-light wrk');
  if (!fs.existsSync('dist/runtime/server.mjs')) throw new Error('No build: run npm run build first.');
  const started = new Date();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sin-bench-'));
  const logDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sin-bench-logs-'));
  json.date = started.toISOString();
  json.machine = { cores: os.cpus().length, cpu: os.cpus()[0]?.model, node: process.version, loadAverage: os.loadavg() };
  report(`# bench ${started.toISOString()} on ${os.cpus().length} cores (load ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}), node ${process.version}, ${SECONDS} s per measurement`);

  // A first start creates and seeds the database; the measured starts find existing data.
  const setup = await startBuiltPortal(dataDir, path.join(logDir, 'setup.log'), { LOG_LEVEL: 'info' }, '/zelfhulp/verslaving');
  const groupList = await (await fetch(`${setup.url}/lotgenotengroepen`)).text();
  const groupPath = /href="(\/lotgenotengroepen\/[a-z0-9-]+)"/.exec(groupList)?.[1];
  await setup.stop();
  if (!groupPath) throw new Error('No group page found on /lotgenotengroepen');

  const pages = [
    { path: '/zelfhulp/verslaving', target: 'cached module page ≥ 10,000 req/s' },
    { path: '/stop-kindermisbruik', target: 'landing page' },
    { path: '/lotgenotengroepen', target: 'group list ≥ 1,000 req/s, p99 < 100 ms' },
    { path: groupPath, target: 'group page ≥ 1,000 req/s, p99 < 100 ms' },
  ];
  report('## One web worker (WEB_CONCURRENCY=1), pages at 50 connections, brotli as browsers ask');
  const one = await benchPortal(dataDir, 1, pages, logDir);
  json.oneWorker = one.result;
  report('## Two web workers (WEB_CONCURRENCY=2) on the same machine (wrk shares the two cores)');
  const two = await benchPortal(dataDir, 2, [pages[0]!, pages[3]!], logDir);
  json.twoWorkers = two.result;

  // The remaining checks against one compiled portal process.
  const portal = await startBuiltPortal(dataDir, path.join(logDir, 'portal-checks.log'), { LOG_LEVEL: 'info' }, '/zelfhulp/verslaving');
  let ingestSent = 0;
  try {
    report('## Other checks');
    const burst = await measure(`${portal.url}/hulp-bij-kijkgedrag`, { connections: 50, amount: 10_000, overallRate: 1_000 });
    report(`burst: ${burst.total} requests at 1,000/s → errors ${burst.errors}, non-2xx ${burst.non2xx}, p99 ${burst.p99Ms} ms [target 0 errors]`);
    json.burst = burst;

    // Beacon ingest through the full server against a no-op Express 204 handler in the same run.
    // A short run measures the rate; the measured run then sends a fixed number of beacons
    // (about SECONDS of load) for a route nothing else sends, so that after the graceful stop
    // counted == sent can be checked exactly in the database.
    const post = (route: string) => ({
      method: 'POST',
      body: JSON.stringify({ route, event: 'pageview', newVisit: true, firstToday: true, returning: false }),
      headers: { 'content-type': 'text/plain', 'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) Chrome/140.0 Safari/537.36' },
    });
    const noop = await noopServer();
    try {
      const warmUp = await measure(`${portal.url}/beacon`, { ...post('home'), seconds: 2 });
      const amount = Math.max(1_000, warmUp.requestsPerSecond * SECONDS);
      const ingest = await measure(`${portal.url}/beacon`, { ...post(INGEST_ROUTE), amount });
      const baseline = await measure(noop.url, { ...post(INGEST_ROUTE), seconds: SECONDS });
      ingestSent = ingest.total - ingest.non2xx - ingest.errors;
      report(
        `beacon ingest via the full server: ${ingest.requestsPerSecond} events/s (p99 ${ingest.p99Ms} ms, non-2xx ${ingest.non2xx}) vs a no-op Express 204 handler ${baseline.requestsPerSecond} req/s → ratio ${(ingest.requestsPerSecond / baseline.requestsPerSecond).toFixed(2)} [target ≥ 5,000/s]`,
      );
      json.beaconIngest = { ingest, baseline };
    } finally {
      await noop.close();
    }

    for (const slug of ['verslaving', 'triggers']) {
      const weight = await pageWeight(portal.url, `/zelfhulp/${slug}`);
      report(
        `module page weight /zelfhulp/${slug}: ${(weight.totalBytes / 1024).toFixed(1)} KB transferred (brotli, ${weight.files} files), JavaScript ${(weight.jsBytes / 1024).toFixed(1)} KB [targets ≤ 50 KB, ≤ 12 KB]`,
      );
    }
    for (const line of await (await import('./lighthouse')).lighthouseReport(portal.url.replace('localhost', '127.0.0.1'))) report(line);
  } finally {
    await portal.stop();
  }
  // After the graceful stop, everything answered must be in the database.
  const db = openPortalDb(dataDir);
  const counted = await scalar(db, 'SELECT COALESCE(SUM(count), 0) FROM analytics_counters WHERE metric = ? AND key = ?', ['pageviews', INGEST_ROUTE]);
  db.close();
  report(`beacon ingest after a graceful stop: sent ${ingestSent}, counted ${counted} [target counted == sent]`);
  json.beaconIngestCounted = { sent: ingestSent, counted };

  report(`analytics script: ${await analyticsScriptBytes()} bytes (minified, gzip -9) [target ≤ 2,048]`);
  const a = await benchDashboard();
  report(`dashboard + annual overview over one year at 10× 2022 volume: ${a.dashboardMs} ms [target < 300 ms]`);
  json.analytics = a;

  fs.mkdirSync('bench/results', { recursive: true });
  const file = path.join('bench/results', `${started.toISOString().replace(/[:.]/g, '-')}.json`);
  json.lines = rows;
  fs.writeFileSync(file, `${JSON.stringify(json, null, 2)}\n`);
  process.stdout.write(`\nTable written to ${file}\n`);
  fs.rmSync(dataDir, { recursive: true, force: true });
  fs.rmSync(logDir, { recursive: true, force: true });
}

// If a step ever waits on something that can never finish, Node would exit quietly with code 0
// once nothing is left to run, and the table would just stop. Fail loudly instead.
process.on('beforeExit', () => {
  process.stderr.write(`bench stopped early: a step waited on nothing (last line: ${rows.at(-1) ?? 'none'})\n`);
  process.exit(1);
});

main().then(
  () => process.exit(0),
  (error) => {
    process.stderr.write(`bench failed: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  },
);
