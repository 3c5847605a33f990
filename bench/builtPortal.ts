import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { npmStartArgs } from '../test/helpers/builtServer';

export interface BuiltPortal {
  url: string;
  /** Milliseconds from spawning `npm start`'s process to the first 200 for `firstPath`. */
  coldStartMs: number;
  /** The web workers' process ids (the server itself when WEB_CONCURRENCY is 1). */
  workerPids(): number[];
  stop(): Promise<number | null>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
    probe.on('error', reject);
  });
}

/** Resident memory of a process in MB (Linux /proc). */
export function rssMb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return Math.round(kb / 1024);
}

/**
 * Starts the portal exactly as `npm start` does (the compiled server, production mode) on a
 * loopback port, with its logs going to `logFile` (as a production log would), and measures
 * the cold start: spawn → first 200 of `firstPath`.
 */
export async function startBuiltPortal(dataDir: string, logFile: string, env: Record<string, string>, firstPath: string): Promise<BuiltPortal> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const log = fs.openSync(logFile, 'a');
  const clean = { ...process.env };
  for (const key of ['NODE_ENV', 'LOG_LEVEL', 'DATABASE_URL', 'WEB_CONCURRENCY']) delete clean[key];
  const started = performance.now();
  const child: ChildProcess = spawn(process.execPath, npmStartArgs(), {
    env: { ...clean, PORT: String(port), DATA_DIR: dataDir, PUBLIC_URL: `http://localhost:${port}`, ...env },
    stdio: ['ignore', log, log],
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  let coldStartMs = 0;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`portal exited (${child.exitCode}); see ${logFile}`);
    const ok = await fetch(`${url}${firstPath}`).then((r) => r.status === 200, () => false);
    if (ok) {
      coldStartMs = Math.round(performance.now() - started);
      break;
    }
    if (performance.now() - started > 180_000) throw new Error(`portal did not start; see ${logFile}`);
    await new Promise((r) => setTimeout(r, 25));
  }
  const workers = Number(env.WEB_CONCURRENCY ?? 1);
  // In a cluster, wait until every worker said it listens.
  for (let i = 0; workerPidsFrom(logFile).length < workers && i < 2_400; i++) await new Promise((r) => setTimeout(r, 50));
  return {
    url,
    coldStartMs,
    workerPids: () => workerPidsFrom(logFile),
    async stop() {
      child.kill('SIGTERM');
      const code = await exited;
      fs.closeSync(log);
      return code;
    },
  };
}

function workerPidsFrom(logFile: string): number[] {
  const pids = new Set<number>();
  for (const line of fs.readFileSync(logFile, 'utf8').split('\n')) {
    if (!line.includes('"msg":"listening"')) continue;
    const pid = Number(JSON.parse(line).pid);
    if (pid && fs.existsSync(path.join('/proc', String(pid)))) pids.add(pid);
  }
  return [...pids];
}
