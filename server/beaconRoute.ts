import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Payload } from 'payload';
import { BEACON_MAX_BYTES } from '../cms/analytics/beaconSchema';
import { createCounterBuffer } from '../cms/analytics/counterBuffer';
import { createAnalyticsRegistry } from '../cms/analytics/createAnalyticsRegistry';
import { dayInAmsterdam } from '../cms/analytics/dayInAmsterdam';
import type { AnalyticsRegistry, Increment } from '../cms/analytics/ingest';
import { runIngest } from '../cms/analytics/ingest';
import { incrementCounters, unwrittenIncrements } from '../cms/analytics/write/incrementCounters';
import { createIngestStats } from './ingestStats';
import { readCappedBody } from './readCappedBody';
import type { log as serverLog } from './logger';

/**
 * Counters reach the database this often. It bounds what a process killed without warning
 * (SIGKILL, power loss) loses: the beacons answered since the last write, plus one write in
 * flight. At 250 ms that is well under the promised 1 second (see the README and
 * test/e2e/manyProcesses.e2e.spec.ts). A graceful stop (SIGTERM) loses nothing.
 */
const FLUSH_INTERVAL_MS = 250;
const MAX_FLUSH_INTERVAL_MS = 1_000;
const CLOSE_ATTEMPTS = 3;
const LOG_EVERY_MS = 5_000;
const ACCEPTED_TYPES = new Set(['text/plain', 'application/json']);

export interface BeaconIngestOptions {
  payload: Payload;
  log: Pick<typeof serverLog, 'info' | 'warn' | 'error'>;
  /** Defaults to the CMS-backed cached registry. Tests pass a fixed one. */
  registry?: AnalyticsRegistry & { ready?: Promise<void>; close?(): void };
  /** Defaults to `incrementCounters`; tests pass a failing one. */
  write?: (payload: Payload, increments: Increment[]) => Promise<number>;
  /** Default 250 ms, capped at 1,000 ms. */
  flushIntervalMs?: number;
  now?: () => Date;
}

/**
 * Plain Node request handler (also usable as an Express route): the server dispatches
 * POST /beacon to it before Express, the cheapest path for the busiest endpoint.
 */
export type BeaconHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

export interface BeaconIngest {
  /** `POST /beacon`; dispatched before Express (see server/startServer.ts). */
  handler: BeaconHandler;
  /** Writes everything buffered so far (waits for a running flush first). Never rejects. */
  flush(): Promise<void>;
  /** Stops the timer and flushes, retrying failed writes. Call after the server stopped accepting. */
  close(): Promise<void>;
  /** Counters waiting in memory. */
  pending(): number;
}

/**
 * The analytics ingest: `POST /beacon` → `runIngest` (in memory) → answer → counter buffer;
 * the buffer is written every 250 ms by `incrementCounters`. Page serving never waits for
 * the database, and a failed write is put back and retried at the next flush.
 *
 * The user agent and the DNT / Sec-GPC headers are only handed to the pipeline; cookies and
 * the client address are never read. Logs carry only totals and drop-reason counts.
 */
export function createBeaconIngest(options: BeaconIngestOptions): BeaconIngest {
  const { payload, log } = options;
  const ownsRegistry = options.registry === undefined;
  const registry = options.registry ?? createAnalyticsRegistry(payload, {
    onError: (error) => log.warn('analytics registry load failed', { error: (error as Error)?.name }),
  });
  const write = options.write ?? incrementCounters;
  const now = options.now ?? (() => new Date());
  const buffer = createCounterBuffer();
  const stats = createIngestStats();
  // Formatting a date in a time zone costs more than the rest of a beacon: once a second is enough.
  let cachedDay = { second: Number.NaN, day: '' };
  const today = () => {
    const date = now();
    const second = Math.floor(date.getTime() / 1000);
    if (second !== cachedDay.second) cachedDay = { second, day: dayInAmsterdam(date) };
    return cachedDay.day;
  };
  let registryReady = registry.ready === undefined;
  void registry.ready?.then(() => {
    registryReady = true;
  });

  const handler: BeaconHandler = async (req, res) => {
    const type = (req.headers['content-type'] ?? 'text/plain').split(';')[0]?.trim().toLowerCase() ?? '';
    const declared = Number(req.headers['content-length'] ?? 0);
    // Close the connection after answering a large upload, so the rest is never read.
    const tooLarge = declared > BEACON_MAX_BYTES;
    if (!ACCEPTED_TYPES.has(type) || tooLarge) {
      stats.drop(tooLarge ? 'body-too-large' : 'unsupported-type');
      res.writeHead(tooLarge ? 413 : 415, { 'Cache-Control': 'no-store', Connection: 'close' }).end();
      return;
    }
    const raw = await readCappedBody(req, BEACON_MAX_BYTES);
    if (raw === null) return;
    // Only on a cold start: the first beacons wait for the one read of the known keys.
    if (!registryReady) await registry.ready;

    const result = runIngest({
      raw,
      userAgent: req.headers['user-agent'],
      registry,
      day: today(),
      privacyHeaders: { dnt: header(req, 'dnt'), secGpc: header(req, 'sec-gpc') },
    });
    if (result.ok) {
      buffer.add(result.increments);
      stats.accept();
    } else {
      stats.drop(result.reason);
    }
    const status = result.ok ? 204 : result.status;
    const headers: Record<string, string> = { 'Cache-Control': 'no-store' };
    if (raw.length > BEACON_MAX_BYTES) headers.Connection = 'close';
    res.writeHead(status, headers).end();
  };

  let lastLogAt = Date.now();
  const flushOnce = async (): Promise<boolean> => {
    const batch = buffer.drain();
    let ok = true;
    if (batch.length > 0) {
      try {
        stats.written(await write(payload, batch));
      } catch (error) {
        ok = false;
        const unwritten = unwrittenIncrements(error, batch);
        buffer.restore(unwritten);
        log.warn('analytics flush failed; will retry', { count: unwritten.length, error: (error as Error)?.name });
      }
    }
    // One summary line per few seconds, not one per write.
    if (Date.now() - lastLogAt >= LOG_EVERY_MS || closing) {
      lastLogAt = Date.now();
      const line = stats.takeLogFields();
      if (line) log.info('analytics ingest', { ...line, pending: buffer.size() });
    }
    return ok;
  };

  // Flushes run one after another; each drains what arrived before it started.
  let queue: Promise<unknown> = Promise.resolve();
  let running = 0;
  const enqueue = (): Promise<boolean> => {
    running += 1;
    const next = queue.then(flushOnce).finally(() => {
      running -= 1;
    });
    queue = next.catch(() => undefined);
    return next.catch(() => false);
  };

  const interval = Math.min(options.flushIntervalMs ?? FLUSH_INTERVAL_MS, MAX_FLUSH_INTERVAL_MS);
  const timer = setInterval(() => {
    if (running === 0) void enqueue();
  }, interval);
  timer.unref();

  let closing: Promise<void> | null = null;
  const close = () => {
    closing ??= (async () => {
      clearInterval(timer);
      for (let attempt = 1; attempt <= CLOSE_ATTEMPTS; attempt += 1) {
        if ((await enqueue()) && buffer.size() === 0) break;
        if (attempt < CLOSE_ATTEMPTS) await new Promise((resolve) => setTimeout(resolve, 250 * attempt));
      }
      if (buffer.size() > 0) log.error('analytics counters lost at shutdown', { count: buffer.size() });
      if (ownsRegistry) registry.close?.();
    })();
    return closing;
  };

  return {
    handler,
    flush: async () => {
      await enqueue();
    },
    close,
    pending: () => buffer.size(),
  };
}
