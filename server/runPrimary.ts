import cluster, { type Worker } from 'node:cluster';
import { log } from './logger';

export interface PrimaryOptions {
  workers: number;
  /** Whether this host runs background work at all (JOBS). */
  jobs: boolean;
  port: number;
  publicUrl: string;
}

const GRACE_MS = 30_000;
// A worker that dies this soon after starting, this many times in a row, will not get better.
const EARLY_EXIT_MS = 15_000;
const MAX_EARLY_EXITS = 5;
// The next worker is forked when the previous one listens, or after this long at the latest.
const STAGGER_LIMIT_MS = 20_000;

/**
 * The cluster primary: forks `workers` web workers that share the port (`node:cluster`),
 * gives the background work to exactly one of them, and replaces a worker that dies (the
 * replacement of the job worker runs the jobs). Workers start one after the other: the next is
 * forked when the previous one listens (or after STAGGER_LIMIT_MS if it does not), so the first
 * answers as soon as a single process would; on a small host, workers loading at once share
 * the cores and all answer late. The job worker starts last, so job start-up never delays the
 * first answer. SIGTERM/SIGINT are passed on; each worker finishes its requests and flushes its
 * counters before exiting. The primary loads neither Payload nor the site, so it stays small.
 */
export function runPrimary(options: PrimaryOptions): void {
  const jobWorker = new Map<number, boolean>();
  const startedAt = new Map<number, number>();
  let earlyExits = 0;
  let listening = 0;
  let stopping = false;
  let failed = false;

  const fork = (runsJobs: boolean) => {
    const worker = cluster.fork({ PORTAL_JOB_WORKER: runsJobs ? '1' : '0' });
    jobWorker.set(worker.id, runsJobs);
    startedAt.set(worker.id, Date.now());
    log.info('worker starting', { pid: worker.process.pid, jobs: runsJobs });
  };

  // Workers still to start for the first time (replacements after an exit are forked at once).
  let notStarted = options.workers;
  let staggerTimer: NodeJS.Timeout | undefined;
  const startNext = () => {
    clearTimeout(staggerTimer);
    if (notStarted <= 0 || stopping) return;
    notStarted -= 1;
    fork(options.jobs && notStarted === 0);
    // A worker that never listens must not hold the others back.
    staggerTimer = setTimeout(startNext, STAGGER_LIMIT_MS);
  };

  cluster.on('listening', () => {
    listening += 1;
    startNext();
    if (listening === options.workers) {
      log.info('cluster listening', { workers: options.workers, url: options.publicUrl });
      process.stdout.write(`\nStop it Now! portal running at ${options.publicUrl} with ${options.workers} workers  (admin: ${options.publicUrl}/admin)\n\n`);
    }
  });

  cluster.on('exit', (worker: Worker, code, signal) => {
    const runsJobs = jobWorker.get(worker.id) ?? false;
    const lived = Date.now() - (startedAt.get(worker.id) ?? 0);
    jobWorker.delete(worker.id);
    startedAt.delete(worker.id);
    if (code !== 0 && code !== null) failed = true;
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(failed ? 1 : 0);
      return;
    }
    earlyExits = lived < EARLY_EXIT_MS ? earlyExits + 1 : 0;
    log.error('worker exited; starting a new one', { code: code ?? undefined, signal: signal ?? undefined, jobs: runsJobs });
    if (earlyExits >= MAX_EARLY_EXITS) {
      process.stderr.write(`Startup failed: workers keep exiting right after starting (last exit code ${code ?? signal}).\n`);
      stop('crash loop', 1);
      return;
    }
    fork(runsJobs);
  });

  const stop = (reason: string, exitCode = 0) => {
    if (stopping) return;
    stopping = true;
    if (exitCode) failed = true;
    log.info('shutting down', { signal: reason, workers: Object.keys(cluster.workers ?? {}).length });
    const workers = Object.values(cluster.workers ?? {}).filter((w): w is Worker => Boolean(w));
    if (workers.length === 0) process.exit(failed ? 1 : 0);
    for (const worker of workers) worker.process.kill('SIGTERM');
    setTimeout(() => {
      for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGKILL');
      process.exit(1);
    }, GRACE_MS).unref();
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));

  startNext();
}
