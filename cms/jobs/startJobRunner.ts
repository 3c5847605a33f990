import type { Payload } from 'payload';
import { createTransport } from '../email/outbox/createTransport';
import type { MailTransport } from '../email/outbox/outboxTypes';
import { claimLease, leaseExpiry, renewLease } from '../lib/leases/claimLease';
import { processId } from '../lib/processId';
import { runtimeConfig } from '../lib/runtimeConfig';
import { BACKGROUND_JOBS } from './backgroundJobs';
import type { BackgroundJob, JobContext, JobLog } from './types';
import { onJobWake } from './wakeJob';

export interface JobRunnerOptions {
  log: JobLog;
  /** Defaults to the configured transport. */
  transport?: MailTransport;
  /** Defaults to BACKGROUND_JOBS. */
  jobs?: readonly BackgroundJob[];
  /** How often the runner looks whether a job is due (default 1 s). */
  tickMs?: number;
  /** Who holds this runner's leases (default: this process's id). Tests run several runners in one process. */
  holder?: string;
}

export interface JobRunner {
  /** Stops starting jobs and waits for the ones running. */
  stop(): Promise<void>;
}

/**
 * Runs the background jobs in this process. Any number of processes may run one on the same
 * database: a `once` job is run by whoever takes its lease (`job:<name>`, valid for
 * `everyMs` and renewed while the job runs), so it runs once per interval in total, also
 * across restarts; `everywhere` jobs rely on their own per-item claims. Logs carry counts only.
 */
export function startJobRunner(payload: Payload, options: JobRunnerOptions): JobRunner {
  const { log } = options;
  const jobs = options.jobs ?? BACKGROUND_JOBS;
  const mail = options.transport ?? createTransport(runtimeConfig());
  const context: JobContext = { payload, log, mail };
  const holder = options.holder ?? processId();
  const nextCheck = new Map<string, number>(jobs.map((job) => [job.name, 0]));
  const running = new Map<string, Promise<void>>();
  let stopped = false;
  log.info(`emails are sent via ${mail.description}`);

  const execute = async (job: BackgroundJob): Promise<void> => {
    const started = Date.now();
    try {
      const counts = await job.run(context);
      if (counts && Object.values(counts).some((n) => n !== 0)) log.info(`job ${job.name}`, { ...counts, ms: Date.now() - started });
    } catch (error) {
      log.error('job failed', { job: job.name, error: (error as Error)?.message?.slice(0, 200) });
    }
  };

  const runOnce = async (job: BackgroundJob): Promise<void> => {
    const lease = `job:${job.name}`;
    const now = Date.now();
    if (!(await claimLease(payload, lease, holder, job.everyMs, now))) {
      // Someone else ran it; look again when their interval ends (a little jitter spreads the runners).
      const until = await leaseExpiry(payload, lease);
      nextCheck.set(job.name, Math.max(until ?? 0, now + 250) + Math.random() * 250);
      return;
    }
    // A run longer than the interval keeps its lease, so no second run starts beside it.
    const heartbeat = setInterval(() => void renewLease(payload, lease, holder, job.everyMs).catch(() => undefined), Math.max(job.everyMs / 2, 250));
    try {
      await execute(job);
    } finally {
      clearInterval(heartbeat);
    }
    nextCheck.set(job.name, (await leaseExpiry(payload, lease).catch(() => null)) ?? Date.now() + job.everyMs);
  };

  const tick = () => {
    if (stopped) return;
    const now = Date.now();
    for (const job of jobs) {
      if (running.has(job.name) || now < (nextCheck.get(job.name) ?? 0)) continue;
      if (job.runs === 'everywhere') nextCheck.set(job.name, now + job.everyMs);
      const run = (job.runs === 'everywhere' ? execute(job) : runOnce(job))
        .catch((error: unknown) => {
          nextCheck.set(job.name, Date.now() + Math.min(job.everyMs, 5_000));
          log.error('job runner failed', { job: job.name, error: (error as Error)?.message?.slice(0, 200) });
        })
        .finally(() => running.delete(job.name));
      running.set(job.name, run);
    }
  };

  const timer = setInterval(tick, options.tickMs ?? 1_000);
  timer.unref();
  setImmediate(tick);
  // A woken job runs now, or right after the run in progress (at the next tick).
  const stopListening = onJobWake((name) => {
    const job = jobs.find((candidate) => candidate.name === name);
    if (stopped || job?.runs !== 'everywhere') return;
    nextCheck.set(name, 0);
    setImmediate(tick);
  });

  return {
    async stop() {
      stopped = true;
      stopListening();
      clearInterval(timer);
      await Promise.all(running.values());
      mail.close();
    },
  };
}
