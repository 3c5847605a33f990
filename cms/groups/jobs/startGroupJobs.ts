import type { Payload } from 'payload';
import { createTransport } from '../../email/outbox/createTransport';
import type { MailTransport } from '../../email/outbox/outboxTypes';
import { processOutbox } from '../../email/outbox/processOutbox';
import { runtimeConfig } from '../../lib/runtimeConfig';
import { deleteExpiredConversations } from '../../contact/deleteExpiredConversations';
import { deleteExpiredRegistrations } from '../deleteExpiredRegistrations';
import { expireOffers } from '../expireOffers';
import { expireUnconfirmed } from '../expireUnconfirmed';
import { groupSettings } from '../groupSettings';
import { sendReminders } from '../sendReminders';
import { every } from './every';

type Fields = Record<string, string | number | boolean | undefined>;

export interface JobLog {
  info(msg: string, fields?: Fields): void;
  warn(msg: string, fields?: Fields): void;
  error(msg: string, fields?: Fields): void;
}

export interface GroupJobsOptions {
  log: JobLog;
  /** Defaults to the configured transport (SMTP_URL, or .eml files in DATA_DIR/mail). */
  transport?: MailTransport;
}

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

/**
 * Starts the support-group background work in this process: the outbox every 5 seconds,
 * expiring offers and unconfirmed sign-ups every minute, reminders every hour and the
 * retention job every day (also once shortly after start, so a server that restarts daily
 * still runs it). Logs carry counts only. Start it in exactly one server process.
 */
export function startGroupJobs(payload: Payload, { log, transport }: GroupJobsOptions): { stop(): Promise<void> } {
  groupSettings(); // Fail at start, not at the first run, on a mistyped REMINDER_DAYS or RETENTION_DAYS.
  const mail = transport ?? createTransport(runtimeConfig());
  log.info(`emails are sent via ${mail.description}`);
  const failed = (job: string) => (error: unknown) =>
    log.error('group job failed', { job, error: (error as Error)?.message?.slice(0, 200) });

  const jobs = [
    every(5 * SECOND, async () => {
      const r = await processOutbox(payload, mail);
      if (r.sent || r.retrying || r.failed) log.info('outbox', { sent: r.sent, retrying: r.retrying, failed: r.failed });
      if (r.failed) log.warn('emails failed for good; see Outbox in the admin', { count: r.failed });
    }, failed('outbox')),
    every(MINUTE, async () => {
      const offers = await expireOffers(payload);
      const unconfirmed = await expireUnconfirmed(payload);
      if (offers.expired || offers.offered || unconfirmed) {
        log.info('expired', { offers: offers.expired, newOffers: offers.offered, unconfirmed });
      }
    }, failed('expire')),
    every(HOUR, async () => {
      const r = await sendReminders(payload);
      if (r.queued) log.info('reminders queued', { count: r.queued });
      if (r.waitingForLink) log.warn('online meetings without a meeting link; reminders wait for it', { count: r.waitingForLink });
    }, failed('reminders')),
  ];
  const retention = async () => {
    const r = await deleteExpiredRegistrations(payload);
    log.info('retention', { deleted: r.deleted, orphans: r.orphansDeleted, failedEmails: r.failedEmailsDeleted });
  };
  jobs.push(every(24 * HOUR, retention, failed('retention')));
  jobs.push(every(HOUR, async () => log.info('contact retention', await deleteExpiredConversations(payload)), failed('contact-retention')));
  const firstRetention = setTimeout(() => void retention().catch(failed('retention')), MINUTE);
  firstRetention.unref();

  return {
    async stop() {
      clearTimeout(firstRetention);
      await Promise.all(jobs.map((job) => job.stop()));
      mail.close();
    },
  };
}
