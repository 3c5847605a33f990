/**
 * The one HTTP entry, compiled to dist/runtime/server.mjs at build time and started by
 * `npm start` (scripts/start.mjs). Prints one clear line and exits non-zero on configuration
 * mistakes. With WEB_CONCURRENCY > 1 this process is the cluster primary: it only supervises
 * the web workers (server/runPrimary.ts) and loads nothing else.
 */
import cluster from 'node:cluster';
import { loadDataKey } from './cms/lib/crypto/dataKey';
import { groupSettings } from './cms/groups/groupSettings';
import { ConfigError, type RuntimeConfig, runtimeConfig } from './cms/lib/runtimeConfig';
import { log } from './server/logger';

let stage = 'config';
// If start-up ever waits on something that can never finish, Node would exit quietly with
// code 0 once nothing is left to run. Say where it stopped, and fail.
process.on('beforeExit', () => {
  if (stage === 'listening' || stage === 'supervising') return;
  process.stderr.write(`Startup stalled during: ${stage}\n`);
  process.exit(1);
});

function checkConfig(): RuntimeConfig {
  try {
    const config = runtimeConfig();
    // A malformed DATA_KEY or group setting fails now, not at the first sign-up.
    if (process.env.DATA_KEY?.trim()) loadDataKey({ env: process.env, dataDir: config.dataDir, log: { warn: () => undefined } });
    groupSettings();
    return config;
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`Configuration error: ${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}

async function main(): Promise<void> {
  const config = checkConfig();
  if (cluster.isPrimary && config.webConcurrency > 1) {
    stage = 'supervising';
    const { runPrimary } = await import('./server/runPrimary');
    runPrimary({ workers: config.webConcurrency, jobs: config.jobs, port: config.port, publicUrl: config.publicUrl });
    return;
  }

  stage = 'loading the server';
  const { startServer } = await import('./server/startServer');
  // In a cluster exactly one worker runs the background work (the primary says which).
  const jobs = config.jobs && (cluster.isPrimary || process.env.PORTAL_JOB_WORKER === '1');
  const running = await startServer({ jobs, onStage: (name) => (stage = name) });
  stage = 'listening';
  log.info('listening', { url: running.url, jobs, pid: process.pid });
  if (cluster.isPrimary) {
    process.stdout.write(`\nStop it Now! portal running at ${running.url}  (admin: ${running.url}/admin)\n\n`);
  }

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info('shutting down', { signal });
    running
      .close()
      .then(() => process.exit(0))
      .catch(() => process.exit(1));
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`Startup failed: ${message.split('\n')[0]}\n`);
  process.exit(1);
});
