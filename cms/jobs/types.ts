import type { Payload } from 'payload';
import type { MailTransport } from '../email/outbox/outboxTypes';

type Fields = Record<string, string | number | boolean | undefined>;

export interface JobLog {
  info(msg: string, fields?: Fields): void;
  warn(msg: string, fields?: Fields): void;
  error(msg: string, fields?: Fields): void;
}

/** What a background job gets when it runs. */
export interface JobContext {
  payload: Payload;
  log: JobLog;
  /** The configured mail transport (SMTP_URL, or .eml files in DATA_DIR/mail). */
  mail: MailTransport;
}

/**
 * One piece of background work. Add a job by writing one of these and adding it to
 * `BACKGROUND_JOBS` (cms/jobs/backgroundJobs.ts): one line.
 */
export interface BackgroundJob {
  /** Unique, kebab-case: names the job's lease and its log lines. */
  name: string;
  /** How often it runs, counted across all server processes together. */
  everyMs: number;
  /**
   * `once` (default): one process per interval runs it, by an expiring lease in the database;
   * right for work that reads a list and acts on it. `everywhere`: every job runner runs it at
   * this interval; only for jobs that claim their own items atomically (the outbox).
   */
  runs?: 'once' | 'everywhere';
  /** Does the work. Counts it returns are logged when any is non-zero; never log personal data. */
  run(context: JobContext): Promise<Record<string, number> | undefined>;
}
