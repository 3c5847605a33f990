import http from 'node:http';
import path from 'node:path';
import { type Client, createClient } from '@libsql/client';
import { BROWSER_UA } from './postBeacons';

/** The portal's SQLite file in a data directory, for assertions on what was stored. */
export function openPortalDb(dataDir: string): Client {
  return createClient({ url: `file:${path.join(dataDir, 'portal.db')}` });
}

/** One number from a query, e.g. a COUNT(*). */
export async function scalar(db: Client, sql: string, args: (string | number)[] = []): Promise<number> {
  const { rows } = await db.execute({ sql, args });
  return Number(Object.values(rows[0] ?? { n: 0 })[0] ?? 0);
}

export interface HttpResult {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/**
 * One HTTP request on loopback. `localAddress` picks the client's source address (any of
 * 127.0.0.0/8), so a test can act as several clients without trusting any proxy header.
 */
export function request(
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: string; localAddress?: string } = {},
): Promise<HttpResult> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: options.method ?? 'GET', headers: options.headers, localAddress: options.localAddress, agent: false }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

/** POSTs a form as a browser would (urlencoded, same-origin). */
export function postForm(url: string, fields: Record<string, string>, localAddress?: string, headers: Record<string, string> = {}): Promise<HttpResult> {
  return request(url, {
    method: 'POST',
    body: new URLSearchParams(fields).toString(),
    localAddress,
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'sec-fetch-site': 'same-origin', 'user-agent': BROWSER_UA, ...headers },
  });
}

/** A JSON request to the admin REST API as the given staff token. */
export async function api<T = Record<string, unknown>>(baseUrl: string, token: string, method: string, pathname: string, body?: unknown): Promise<T> {
  const res = await fetch(`${baseUrl}${pathname}`, {
    method,
    headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  if (res.status >= 300) throw new Error(`${method} ${pathname}: ${res.status} ${text.slice(0, 500)}`);
  return JSON.parse(text) as T;
}

/** A beacon body as the site's script sends it. */
export function beaconBody(route: string, extra: Record<string, unknown> = {}): string {
  return JSON.stringify({ route, event: 'pageview', newVisit: true, firstToday: true, returning: false, ...extra });
}

/**
 * Sends beacons with `concurrency` senders until `stop()` is called; records when each 204
 * arrived (epoch ms), per target.
 */
export function beaconBurst(targets: { url: string; route: string }[], concurrency = 20) {
  const answered = targets.map(() => [] as number[]);
  const agents = targets.map(() => new http.Agent({ keepAlive: true, maxSockets: concurrency }));
  let running = true;
  const send = (i: number) =>
    new Promise<void>((resolve) => {
      const target = targets[i]!;
      const req = http.request(
        `${target.url}/beacon`,
        { method: 'POST', agent: agents[i], headers: { 'content-type': 'text/plain;charset=UTF-8', 'user-agent': BROWSER_UA } },
        (res) => {
          res.resume();
          res.on('end', () => {
            if (res.statusCode === 204) answered[i]!.push(Date.now());
            resolve();
          });
        },
      );
      req.on('error', () => setTimeout(resolve, 20));
      req.end(beaconBody(target.route));
    });
  const loops = targets.flatMap((_, i) =>
    Array.from({ length: concurrency }, async () => {
      while (running) await send(i);
    }),
  );
  return {
    answered,
    async stop() {
      running = false;
      await Promise.all(loops);
      for (const agent of agents) agent.destroy();
    },
  };
}

/** Polls `check` every `everyMs` until it returns true; returns the milliseconds it took, or throws after `timeoutMs`. */
export async function timeUntil(check: () => Promise<boolean>, timeoutMs: number, everyMs = 50): Promise<number> {
  const started = Date.now();
  for (;;) {
    if (await check().catch(() => false)) return Date.now() - started;
    if (Date.now() - started > timeoutMs) throw new Error(`not true within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}
