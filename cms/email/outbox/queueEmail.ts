import type { Payload } from 'payload';
import type { RenderedEmail } from '../templates/layout';
import { wakeJob } from '../../jobs/wakeJob';
import { type EmailKind, OUTBOX_JOB, OUTBOX_STATUS, type StoredAttachment } from './outboxTypes';

export interface QueueEmailInput {
  to: string;
  email: RenderedEmail;
  kind: EmailKind;
  /**
   * Names the logical email, e.g. `registered:42` or `reminder:42:2027-03-02`. Queuing the
   * same key again does nothing, so a retried job or a double click never sends twice.
   */
  dedupeKey: string;
  attachments?: StoredAttachment[];
  now?: Date;
}

/**
 * Puts an email in the outbox; the worker (processOutbox) sends it. Address and content are
 * encrypted by the collection's field hooks.
 *
 * @returns whether a new email was queued (false: one with this key already exists).
 */
export async function queueEmail(payload: Payload, input: QueueEmailInput): Promise<{ queued: boolean }> {
  const { to, email, kind, dedupeKey, attachments = [], now = new Date() } = input;
  if (await exists(payload, dedupeKey)) return { queued: false };
  try {
    await payload.create({
      collection: 'outbox',
      overrideAccess: true,
      data: {
        to,
        subject: email.subject,
        text: email.text,
        html: email.html,
        attachments,
        kind,
        status: OUTBOX_STATUS.pending,
        attempts: 0,
        nextAttemptAt: now.toISOString(),
        dedupeKey,
      },
    });
    // Due now: the job runner in this process (if any) sends it at once, not at its next round.
    if (new Date(now).getTime() <= Date.now()) wakeJob(OUTBOX_JOB);
    return { queued: true };
  } catch (error) {
    // Two callers raced past the check: the unique index let exactly one of them in.
    if (await exists(payload, dedupeKey)) return { queued: false };
    throw error;
  }
}

async function exists(payload: Payload, dedupeKey: string): Promise<boolean> {
  const { totalDocs } = await payload.count({ collection: 'outbox', where: { dedupeKey: { equals: dedupeKey } }, overrideAccess: true });
  return totalDocs > 0;
}
