import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface WrkResult {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  /** Connect, read, write and timeout errors plus non-2xx answers. */
  errors: number;
}

// wrk reports through this Lua hook: one JSON line with what the table needs.
const REPORTER = `
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format('{"requests":%d,"durationUs":%d,"p50Us":%d,"p99Us":%d,"errors":%d}\\n',
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99),
    e.connect + e.read + e.write + e.timeout + e.status))
end
`;

let reporter: string | null = null;

/** True when Debian's `wrk` is installed. */
export function hasWrk(): boolean {
  return ['/usr/bin/wrk', '/usr/local/bin/wrk'].some((file) => fs.existsSync(file));
}

/**
 * Runs `wrk` (its own process, one thread) against one loopback URL for `seconds` with
 * `connections` keep-alive connections.
 */
export async function wrk(url: string, options: { seconds: number; connections?: number; headers?: Record<string, string> }): Promise<WrkResult> {
  if (!reporter) {
    reporter = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'sin-wrk-')), 'report.lua');
    fs.writeFileSync(reporter, REPORTER);
  }
  if (!/^http:\/\/(127\.0\.0\.1|localhost)[:/]/.test(url)) throw new Error('The bench only sends load to loopback.');
  const args = ['-t1', `-c${options.connections ?? 50}`, `-d${options.seconds}s`, '--latency', '-s', reporter];
  for (const [name, value] of Object.entries(options.headers ?? {})) args.push('-H', `${name}: ${value}`);
  args.push(url);
  const output = await new Promise<string>((resolve, reject) => {
    let stdout = '';
    const child = spawn('wrk', args, { stdio: ['ignore', 'pipe', 'inherit'] });
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(stdout) : reject(new Error(`wrk exited with ${code}`))));
  });
  const line = output.split('\n').find((l) => l.startsWith('{"requests"'));
  if (!line) throw new Error(`wrk printed no result:\n${output}`);
  const r = JSON.parse(line) as { requests: number; durationUs: number; p50Us: number; p99Us: number; errors: number };
  return {
    requestsPerSecond: Math.round(r.requests / (r.durationUs / 1e6)),
    p50Ms: Math.round(r.p50Us / 10) / 100,
    p99Ms: Math.round(r.p99Us / 10) / 100,
    requests: r.requests,
    errors: r.errors,
  };
}
