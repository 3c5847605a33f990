import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export interface BuiltServer {
  url: string;
  dataDir: string;
  output: () => string;
  /** Sends the signal and waits for the exit code; the data directory is removed unless `keepData`. */
  stop(signal?: NodeJS.Signals, options?: { keepData?: boolean }): Promise<number | null>;
}

/**
 * The environment without what vitest and Vite inject (VITEST, TEST, DEV, PROD, MODE, SSR,
 * BASE_URL…): the server must run as `npm start` runs it. With those set, the built server
 * sometimes never started.
 */
function cleanEnvironment(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    if (/^(VITEST|VITE_)/.test(key) || ['TEST', 'DEV', 'PROD', 'MODE', 'SSR', 'BASE_URL', 'FORCE_TTY'].includes(key)) delete env[key];
  }
  return env;
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

/**
 * The built server as a separate process in production mode (migrations, built admin, built
 * site), exactly as `npm start` runs it, on a random port with a fresh data directory.
 */
export async function startBuiltServer(env: Record<string, string> = {}): Promise<BuiltServer> {
  // Another process may take the free port between our probe and the server's listen: retry then.
  for (let attempt = 1; ; attempt++) {
    try {
      return await startOnce(env);
    } catch (error) {
      // Also retry a process that died before saying anything (seen once under heavy load).
      if (attempt >= 3 || !/EADDRINUSE|exited early/.test(String(error))) throw error;
      process.stderr.write(`built server did not start (attempt ${attempt}): ${String(error).slice(0, 500)}\n`);
    }
  }
}

async function startOnce(env: Record<string, string>): Promise<BuiltServer> {
  const port = await freePort();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sin-e2e-'));
  const url = `http://localhost:${port}`;
  let output = '';
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'server.ts'], {
    env: { ...cleanEnvironment(), NODE_ENV: 'production', PORT: String(port), DATA_DIR: dataDir, PUBLIC_URL: url, LOG_LEVEL: 'info', DATABASE_URL: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (d) => (output += d));
  child.stderr?.on('data', (d) => (output += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`server exited early (code ${child.exitCode}, signal ${child.signalCode}):\n${output}`);
    }
    const ok = await fetch(`${url}/healthz`).then((r) => r.ok, () => false);
    if (ok) break;
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    url,
    dataDir,
    output: () => output,
    async stop(signal: NodeJS.Signals = 'SIGTERM', options: { keepData?: boolean } = {}) {
      if (child.exitCode === null) child.kill(signal);
      const code = await exited;
      if (!options.keepData) fs.rmSync(dataDir, { recursive: true, force: true });
      return code;
    },
  };
}
