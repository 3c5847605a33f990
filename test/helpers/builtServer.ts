import { type ChildProcess, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export interface BuiltServer {
  url: string;
  dataDir: string;
  /** The process `npm start` would be: the server itself, or the cluster primary. */
  pid: number;
  output: () => string;
  /** Sends the signal and waits for the exit code; the data directory is removed unless `keepData`. */
  stop(signal?: NodeJS.Signals, options?: { keepData?: boolean }): Promise<number | null>;
}

export interface BuiltServerOptions {
  /** Use this data directory (shared by several servers in one test); it is then never removed by `stop`. */
  dataDir?: string;
  /**
   * Start on an empty data directory, migrating and seeding it (default: a copy of a data
   * directory the built server migrated and seeded once for this build, which saves every
   * server the 4–5 s of seeding). Tests of start-up itself pass a `dataDir` or `fresh: true`.
   */
  fresh?: boolean;
  /** Give up waiting for start-up after this long (default 120 s; a loaded CI machine is slow). */
  timeoutMs?: number;
}

/**
 * The environment without what vitest and Vite inject (VITEST, TEST, DEV, PROD, MODE, SSR,
 * BASE_URL…): the server must run as `npm start` runs it. With those set, the built server
 * sometimes never started.
 */
function cleanEnvironment(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    if (/^(VITEST|VITE_)/.test(key) || ['TEST', 'DEV', 'PROD', 'MODE', 'SSR', 'BASE_URL', 'FORCE_TTY', 'NODE_ENV'].includes(key)) delete env[key];
  }
  return env;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
    probe.on('error', reject);
  });
}

/**
 * The built server as a separate process, started exactly as `npm start` starts it
 * (the node arguments of package.json's start script: the compiled server, production mode, migrations under the set-up
 * lock), on a random port with a fresh data directory unless one is given. Ready when it
 * printed its "running at" line (with WEB_CONCURRENCY: once every worker listens).
 */
export async function startBuiltServer(env: Record<string, string> = {}, options: BuiltServerOptions = {}): Promise<BuiltServer> {
  // Another process may take the free port between our probe and the server's listen: retry then.
  for (let attempt = 1; ; attempt++) {
    try {
      return await startOnce(env, options);
    } catch (error) {
      // Also retry a process that died before saying anything (seen once under heavy load).
      if (attempt >= 3 || !/EADDRINUSE|exited early/.test(String(error))) throw error;
      process.stderr.write(`built server did not start (attempt ${attempt}): ${String(error).slice(0, 500)}\n`);
    }
  }
}

/** The node arguments of `npm start`, read from package.json so the two can never differ. */
export function npmStartArgs(): string[] {
  const script = (JSON.parse(fs.readFileSync('package.json', 'utf8')) as { scripts: { start: string } }).scripts.start;
  const [command, ...args] = script.split(/\s+/);
  if (command !== 'node') throw new Error(`npm start is expected to run node, not "${command}"`);
  return args;
}

/**
 * A data directory the built server migrated and seeded, made once per build and day (the seed
 * dates groups relative to today) and shared by every test file, each getting its own copy.
 * Several test processes may ask at once: one makes it (an exclusive lock directory), the
 * others wait for its READY file.
 */
async function seededTemplate(): Promise<string> {
  const stamp = ['dist/.source-hash', 'dist/runtime/.source-hash'].map((file) => (fs.existsSync(file) ? fs.readFileSync(file, 'utf8').trim() : '')).join(':');
  const key = createHash('sha256').update(`${stamp}:${new Date().toISOString().slice(0, 10)}`).digest('hex').slice(0, 16);
  const dir = path.join(os.tmpdir(), `sin-e2e-template-${key}`);
  const ready = path.join(dir, 'READY');
  if (fs.existsSync(ready)) return dir;
  const lock = `${dir}.lock`;
  let mine = false;
  try {
    fs.mkdirSync(lock);
    mine = true;
  } catch {
    // Someone else is making it (or died making it: then their lock is older than 3 minutes).
    const deadline = Date.now() + 180_000;
    while (!fs.existsSync(ready)) {
      if (Date.now() > deadline) throw new Error(`no seeded template after 3 minutes; remove ${lock}`);
      await new Promise((r) => setTimeout(r, 200));
    }
    return dir;
  }
  try {
    const building = fs.mkdtempSync(path.join(os.tmpdir(), 'sin-e2e-template-making-'));
    const server = await startOnce({}, { dataDir: building });
    const code = await server.stop();
    if (code !== 0) throw new Error(`the server that seeded the template exited with ${code}:\n${server.output()}`);
    fs.rmSync(dir, { recursive: true, force: true });
    fs.renameSync(building, dir);
    fs.writeFileSync(ready, new Date().toISOString());
    return dir;
  } finally {
    if (mine) fs.rmSync(lock, { recursive: true, force: true });
  }
}

async function startOnce(env: Record<string, string>, options: BuiltServerOptions): Promise<BuiltServer> {
  const port = await freePort();
  const ownsData = !options.dataDir;
  const dataDir = options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'sin-e2e-'));
  if (ownsData && !options.fresh) {
    const template = await seededTemplate();
    fs.cpSync(template, dataDir, { recursive: true, filter: (source) => path.basename(source) !== 'READY' });
  }
  const url = `http://localhost:${port}`;
  let output = '';
  const child: ChildProcess = spawn(process.execPath, npmStartArgs(), {
    env: { ...cleanEnvironment(), PORT: String(port), DATA_DIR: dataDir, PUBLIC_URL: url, LOG_LEVEL: 'info', DATABASE_URL: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (d) => (output += d));
  child.stderr?.on('data', (d) => (output += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const deadline = Date.now() + (options.timeoutMs ?? 120_000);
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      if (ownsData) fs.rmSync(dataDir, { recursive: true, force: true });
      throw new Error(`server exited early (code ${child.exitCode}, signal ${child.signalCode}):\n${output}`);
    }
    if (output.includes('portal running at') && (await fetch(`${url}/healthz`).then((r) => r.ok, () => false))) break;
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`server did not start within ${options.timeoutMs ?? 120_000} ms:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    dataDir,
    pid: child.pid ?? 0,
    output: () => output,
    async stop(signal: NodeJS.Signals = 'SIGTERM', stopOptions: { keepData?: boolean } = {}) {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      const code = await exited;
      if (ownsData && !stopOptions.keepData) fs.rmSync(dataDir, { recursive: true, force: true });
      return code;
    },
  };
}
