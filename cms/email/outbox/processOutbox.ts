import type { Payload } from 'payload';
import { runtimeConfig } from '../../lib/runtimeConfig';
import { claimNextEmail } from './claimNextEmail';
import { describeSendError } from './describeSendError';
import { type MailTransport, OUTBOX_STATUS, type StoredAttachment } from './outboxTypes';
import { MAX_ATTEMPTS, retryDelay } from './retryDelay';

export interface OutboxRunResult {
  sent: number;
  retrying: number;
  failed: number;
  /** True when another run was still busy in this process and this call did nothing. */
  skipped: boolean;
}

const BATCH = 25;
const MARK_ATTEMPTS = 6;
// One run at a time per Payload instance in this process; across processes, claims decide.
const running = new WeakMap<Payload, Promise<OutboxRunResult>>();

/**
 * Sends the e-mails that are due, oldest first, safe with any number of senders on one
 * database: each e-mail is claimed in one conditional write before it is sent
 * (`claimNextEmail`), marked sent only after the transport accepted it, and then its address
 * and content are erased. A failure schedules a new attempt with exponential backoff, until
 * MAX_ATTEMPTS. When the mail server cannot be reached at all the run stops early.
 *
 * Delivery is exactly once, except across a crash in the instant between the mail server's
 * "accepted" and the write that marks it sent: then the claim runs out (2 minutes) and
 * another sender sends it again (with the same Message-ID).
 */
export async function processOutbox(payload: Payload, transport: MailTransport, now: Date = new Date()): Promise<OutboxRunResult> {
  const busy = running.get(payload);
  if (busy) return { sent: 0, retrying: 0, failed: 0, skipped: true };
  const run = sendDue(payload, transport, now).finally(() => running.delete(payload));
  running.set(payload, run);
  return run;
}

async function sendDue(payload: Payload, transport: MailTransport, now: Date): Promise<OutboxRunResult> {
  const result: OutboxRunResult = { sent: 0, retrying: 0, failed: 0, skipped: false };
  const host = new URL(runtimeConfig().publicUrl).hostname;
  for (let n = 0; n < BATCH; n++) {
    const id = await claimNextEmail(payload, now);
    if (id === null) break;
    const doc = await payload.findByID({ collection: 'outbox', id, depth: 0, overrideAccess: true }).catch(() => null);
    if (!doc) continue;
    const attempts = (Number(doc.attempts) || 0) + 1;
    try {
      await transport.send({
        to: String(doc.to ?? ''),
        subject: doc.subject,
        text: String(doc.text ?? ''),
        html: String(doc.html ?? ''),
        attachments: (Array.isArray(doc.attachments) ? doc.attachments : []) as StoredAttachment[],
        messageId: `<outbox-${doc.id}@${host}>`,
      });
    } catch (error) {
      const failed = attempts >= MAX_ATTEMPTS;
      await mark(payload, id, {
        attempts,
        status: failed ? OUTBOX_STATUS.failed : OUTBOX_STATUS.pending,
        nextAttemptAt: new Date(now.getTime() + retryDelay(attempts)).toISOString(),
        lastError: describeSendError(error),
        claimedUntil: null,
      });
      if (failed) result.failed++;
      else result.retrying++;
      if (isUnreachable(error)) break;
      continue;
    }
    // Sent: keep only the fact (for the dedupe key), not the address or the content.
    await mark(payload, id, {
      attempts,
      status: OUTBOX_STATUS.sent,
      sentAt: now.toISOString(),
      lastError: null,
      to: null,
      text: null,
      html: null,
      attachments: null,
      claimedUntil: null,
    });
    result.sent++;
  }
  return result;
}

/**
 * Writes the outcome of a send, retrying a few times: while the claim holds nobody else sends
 * this e-mail, but once it runs out an unmarked e-mail would go out again.
 */
async function mark(payload: Payload, id: number | string, data: Record<string, unknown>): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await payload.update({ collection: 'outbox', id, overrideAccess: true, data });
      return;
    } catch (error) {
      if (attempt >= MARK_ATTEMPTS) throw error;
      await new Promise((resolve) => setTimeout(resolve, 250 * 2 ** attempt));
    }
  }
}

/** Connection-level failures: the server is down or unreachable, not unhappy with one email. */
function isUnreachable(error: unknown): boolean {
  const code = (error as { code?: unknown })?.code;
  const responseCode = Number((error as { responseCode?: unknown })?.responseCode);
  return ['ECONNECTION', 'ECONNREFUSED', 'ETIMEDOUT', 'ESOCKET', 'EDNS', 'EGREETING'].includes(String(code)) || responseCode === 421;
}
