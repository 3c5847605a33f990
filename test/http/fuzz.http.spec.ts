import v8 from 'node:v8';
import vm from 'node:vm';
import fs from 'node:fs';
import { Agent, request as httpRequest } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type FuzzRequest, fuzzRequest } from '../helpers/fuzzInputs';
import { pageRenderMs, scaledBound } from '../helpers/pageRenderMs';
import { startTestServer, type TestServer } from '../helpers/testServer';

/**
 * Generated hostile input over every public endpoint (issue 13). Deterministic: a fixed seed
 * (FUZZ_SEED overrides it), printed with every failure. Bounded: FUZZ_RUNS requests (default
 * 2,000) through 3 keep-alive connections: about a minute on an idle 2-core machine, up to four
 * when other work shares it.
 */
const SEED = Number(process.env.FUZZ_SEED ?? 20261129);
const RUNS = Number(process.env.FUZZ_RUNS ?? 2_000);
const CONCURRENCY = 3;
const REQUEST_TIMEOUT_MS = 15_000;
/** /healthz answers within this while the fuzz runs (the issue's bound), on an idle machine. */
const HEALTH_BOUND_MS = 200;

// What an answer to a stranger must never contain: stack frames, file paths, driver and
// runtime error names.
const LEAK = /\n\s+at [^\n]*[(:]\d+|node_modules|\/work\/|\/tmp\/|file:\/\/\/|DrizzleQueryError|LibsqlError|SQLITE_|\bselect "|TypeError|ReferenceError|RangeError|Cannot read propert|payload\.config|\.next\/server/i;

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ withAdmin: true });
  // An account exists, so first-register is closed, as on any real deployment.
  await server.payload.create({ collection: 'users', data: { email: 'admin@example.org', password: 'een-lang-test-wachtwoord-42', roles: ['admin'] } as never, overrideAccess: true });
}, 240_000);
afterAll(async () => {
  await server?.stop();
});

interface Outcome {
  request: FuzzRequest;
  status: number;
  ms: number;
  leak?: string;
  error?: string;
}

/**
 * Sends one request; a connection that the server closed while it sat idle in the pool (it
 * closes connections whose body it refused) is retried once on a fresh connection.
 */
async function send(agent: Agent, input: FuzzRequest): Promise<Outcome> {
  const first = await sendOnce(agent, input);
  return first.status === 0 && first.error?.startsWith('connection') ? sendOnce(false, input) : first;
}

function sendOnce(agent: Agent | false, input: FuzzRequest): Promise<Outcome> {
  const started = performance.now();
  return new Promise((resolve) => {
    const done = (outcome: Omit<Outcome, 'request' | 'ms'>) => resolve({ request: input, ms: performance.now() - started, ...outcome });
    let req: ReturnType<typeof httpRequest>;
    try {
      req = httpRequest({ host: '127.0.0.1', port: server.port, path: input.path, method: input.method, headers: input.headers, agent, timeout: REQUEST_TIMEOUT_MS });
    } catch (error) {
      // Node itself refuses a few generated headers/paths (e.g. characters it will not send).
      return done({ status: 0, error: `client refused: ${(error as Error).message.slice(0, 80)}` });
    }
    req.on('timeout', () => {
      req.destroy();
      done({ status: -1, error: 'no answer within 15 s' });
    });
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (chunk: Buffer) => {
        if (size < 256 * 1024) chunks.push(chunk);
        size += chunk.length;
      });
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        const leak = LEAK.exec(text)?.[0];
        done({ status: res.statusCode ?? 0, ...(leak ? { leak } : {}) });
      });
      res.on('error', () => done({ status: res.statusCode ?? 0 }));
    });
    // The server may close a connection it refuses (413); that is an answer, not an error.
    req.on('error', (error) => done({ status: 0, error: `connection: ${(error as NodeJS.ErrnoException).code ?? error.message}` }));
    if (input.chunks) {
      for (const chunk of input.chunks) req.write(chunk);
      req.end();
    } else {
      req.end(input.body);
    }
  });
}

function countBy(values: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}

/** A full garbage collection (vitest's workers run without --expose-gc: enable it here). */
function collectGarbage(): void {
  v8.setFlagsFromString('--expose-gc');
  (vm.runInNewContext('gc') as () => void)();
}

/** Row count of every collection, to prove the run stored nothing. */
async function rowCounts(): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const collection of server.payload.config.collections) {
    counts[collection.slug] = (await server.payload.count({ collection: collection.slug as never, overrideAccess: true })).totalDocs;
  }
  return counts;
}

describe('public endpoints under generated hostile input', () => {
  test(`${RUNS} requests: no 5xx, no leak, nothing stored, bounded memory, /healthz prompt (seed ${SEED})`, async () => {
    const inputs = fc.sample(fuzzRequest, { seed: SEED, numRuns: RUNS });
    const before = await rowCounts();
    // Warm up the routes once, so first-render compilation is not counted as the fuzz's doing.
    for (const path of ['/', '/zelfhulp/triggers', '/lotgenotengroepen/amsterdam-voorjaar', '/api/pages', '/admin/login']) await server.get(path).then((r) => r.arrayBuffer());
    // Memory is compared after a full garbage collection on both sides: what the run retains, not
    // how far the collector lagged behind on a busy machine.
    collectGarbage();
    const rssBefore = process.memoryUsage().rss;
    // On an idle machine /healthz must answer within 200 ms throughout; when other work slows
    // the machine down (a page render takes longer than ~25 ms), the bound grows in proportion.
    const renderMs = await pageRenderMs(server.url);
    const healthBound = scaledBound(HEALTH_BOUND_MS, renderMs);

    const health: number[] = [];
    let running = true;
    const probe = (async () => {
      while (running) {
        await new Promise((resolve) => setTimeout(resolve, 250));
        const started = performance.now();
        const res = await fetch(`${server.url}/healthz`);
        await res.arrayBuffer();
        health.push(res.status === 200 ? performance.now() - started : Number.POSITIVE_INFINITY);
      }
    })();

    const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
    const outcomes: Outcome[] = [];
    let next = 0;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < inputs.length) {
          const input = inputs[next++]!;
          outcomes.push(await send(agent, input));
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    running = false;
    await probe;
    agent.destroy();
    collectGarbage();
    const rssGrowth = process.memoryUsage().rss - rssBefore;
    const after = await rowCounts();

    const byStatus = new Map<number, number>();
    for (const o of outcomes) byStatus.set(o.status, (byStatus.get(o.status) ?? 0) + 1);
    const failures = outcomes.filter((o) => o.status >= 500 || o.status === -1 || o.leak);
    const slowest = [...outcomes].sort((a, b) => b.ms - a.ms).slice(0, 5);
    const describe = (o: Outcome) => `${o.status} ${o.request.method} ${o.request.path.slice(0, 160)}${o.leak ? ` leaks "${o.leak}"` : ''}${o.error ? ` (${o.error})` : ''}`;
    const sorted = [...health].sort((a, b) => a - b);
    const p95 = sorted[Math.floor(sorted.length * 0.95)] ?? Number.POSITIVE_INFINITY;
    const summary = [
      `fuzz seed ${SEED}: ${outcomes.length} requests in ${seconds.toFixed(1)} s`,
      `statuses ${JSON.stringify(Object.fromEntries([...byStatus].sort((a, b) => a[0] - b[0])))}`,
      `chunked ${inputs.filter((i) => i.chunks).length}, with body ${inputs.filter((i) => i.body || i.chunks).length}, over 64 KB ${inputs.filter((i) => (i.body?.length ?? 0) + (i.chunks ?? []).reduce((n, c) => n + c.length, 0) > 64 * 1024).length}`,
      `/healthz ${health.length} probes, median ${sorted[Math.floor(sorted.length / 2)]?.toFixed(0)} ms, p95 ${p95.toFixed(0)} ms, max ${sorted.at(-1)?.toFixed(0)} ms; page render ${renderMs.toFixed(0)} ms before the run, so the bound is ${healthBound.toFixed(0)} ms`,
      `RSS growth ${(rssGrowth / 1024 / 1024).toFixed(0)} MB`,
      `connection errors ${outcomes.filter((o) => o.status === 0).length}: ${JSON.stringify(Object.fromEntries(countBy(outcomes.filter((o) => o.error).map((o) => o.error ?? ''))))}`,
      `slowest: ${slowest.map((o) => `${o.ms.toFixed(0)} ms ${o.request.method} ${o.request.path.slice(0, 60)}`).join(' | ')}`,
    ].join('\n');
    if (failures.length > 0) {
      const file = path.join(os.tmpdir(), `fuzz-failures-${SEED}.json`);
      fs.writeFileSync(file, JSON.stringify(failures.map((o) => ({ ...o, request: { ...o.request, body: o.request.body?.toString('base64'), chunks: o.request.chunks?.map((c) => c.toString('base64')) } })), null, 1));
      process.stdout.write(`failing requests written to ${file}\n`);
    }
    process.stdout.write(`${summary}\n`);

    expect(failures.slice(0, 15).map(describe), `${summary}\nRe-run with FUZZ_SEED=${SEED}`).toEqual([]);
    expect(outcomes).toHaveLength(RUNS);
    expect(after, `rows changed (seed ${SEED})`).toEqual(before);
    expect(rssGrowth, `RSS grew ${rssGrowth} bytes (seed ${SEED})`).toBeLessThan(256 * 1024 * 1024);
    expect(health.length).toBeGreaterThan(5);
    // 95 % of the probes within the bound; none stalled (the reported stall was 12.8 s).
    expect(p95, `/healthz p95 during the run (seed ${SEED})`).toBeLessThan(healthBound);
    expect(sorted.at(-1), `slowest /healthz during the run (seed ${SEED})`).toBeLessThan(5 * healthBound);
  }, 600_000);
});
