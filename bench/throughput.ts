import { spawn } from 'node:child_process';
import type { Server } from 'node:http';
import { createRequire } from 'node:module';
import path from 'node:path';
import express from 'express';

const require = createRequire(import.meta.url);
const AUTOCANNON = path.join(path.dirname(require.resolve('autocannon/package.json')), 'autocannon.js');

export interface Throughput {
  requestsPerSecond: number;
  p99Ms: number;
  errors: number;
  non2xx: number;
  total: number;
}

/**
 * Runs autocannon in its own process (so the load generator does not share the server's event
 * loop) against one URL on loopback; bounded in time or request count.
 */
export async function measure(
  url: string,
  options: { connections?: number; seconds?: number; amount?: number; overallRate?: number; method?: string; body?: string; headers?: Record<string, string> } = {},
): Promise<Throughput> {
  const args = [AUTOCANNON, '--json', '-c', String(options.connections ?? 50), '-t', '10'];
  if (options.amount) args.push('-a', String(options.amount));
  else args.push('-d', String(options.seconds ?? 8));
  if (options.overallRate) args.push('-R', String(options.overallRate));
  if (options.method) args.push('-m', options.method);
  if (options.body) args.push('-b', options.body);
  for (const [name, value] of Object.entries(options.headers ?? {})) args.push('-H', `${name}=${value}`);
  args.push(url);
  const output = await new Promise<string>((resolve, reject) => {
    let stdout = '';
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'ignore'] });
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(stdout) : reject(new Error(`autocannon exited with ${code}`))));
  });
  const result = JSON.parse(output);
  return {
    requestsPerSecond: Math.round(result.requests.average),
    p99Ms: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    total: result.requests.total,
  };
}

/** An Express app whose only route answers 204: the ceiling for any POST handler on this machine. */
export async function noopServer(): Promise<{ url: string; close(): Promise<void> }> {
  const app = express();
  app.post('/beacon', (_req, res) => {
    res.status(204).end();
  });
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}/beacon`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
