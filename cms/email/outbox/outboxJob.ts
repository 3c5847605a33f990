import type { BackgroundJob } from '../../jobs/types';
import { OUTBOX_JOB } from './outboxTypes';
import { processOutbox } from './processOutbox';

/**
 * Sends due e-mails every 5 seconds, and at once when this process queued one (queueEmail
 * wakes it). Runs in every job runner: each e-mail is claimed on its own before sending
 * (claimNextEmail), so several runners share the work without sending anything twice.
 */
export const outboxJob: BackgroundJob = {
  name: OUTBOX_JOB,
  everyMs: 5_000,
  runs: 'everywhere',
  async run({ payload, mail, log }) {
    const r = await processOutbox(payload, mail);
    if (r.failed) log.warn('emails failed for good; see Outbox in the admin', { count: r.failed });
    return { sent: r.sent, retrying: r.retrying, failed: r.failed };
  },
};
