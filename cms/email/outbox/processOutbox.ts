import type { Payload } from 'payload';
import { runtimeConfig } from '../../lib/runtimeConfig';
import { describeSendError } from './describeSendError';
import { type MailTransport, OUTBOX_STATUS, type StoredAttachment } from './outboxTypes';
import { MAX_ATTEMPTS, retryDelay } from './retryDelay';

export interface OutboxRunResult {
  sent: number;
  retrying: number;
  failed: number;
  /** True when another run was still busy and this call did nothing. */
  skipped: boolean;
}

const BATCH = 25;
// One run at a time per Payload instance: a run that is still sending when the timer fires
// again must not pick up the same emails a second time.
const running = new WeakMap<Payload, Promise<OutboxRunResult>>();

/**
 * Sends the emails that are due, oldest first. An email is marked sent only after the
 * transport accepted it; then its address and content are erased. A failure schedules a new
 * attempt with exponential backoff, until MAX_ATTEMPTS. When the mail server cannot be
 * reached at all the run stops early: the rest would fail the same way.
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
  const { docs } = await payload.find({
    collection: 'outbox',
    where: { and: [{ status: { equals: OUTBOX_STATUS.pending } }, { nextAttemptAt: { less_than_equal: now.toISOString() } }] },
    sort: 'nextAttemptAt',
    limit: BATCH,
    depth: 0,
    overrideAccess: true,
  });
  const host = new URL(runtimeConfig().publicUrl).hostname;
  for (const doc of docs) {
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
      await payload.update({
        collection: 'outbox',
        id: doc.id,
        overrideAccess: true,
        data: {
          attempts,
          status: failed ? OUTBOX_STATUS.failed : OUTBOX_STATUS.pending,
          nextAttemptAt: new Date(now.getTime() + retryDelay(attempts)).toISOString(),
          lastError: describeSendError(error),
        },
      });
      if (failed) result.failed++;
      else result.retrying++;
      if (isUnreachable(error)) break;
      continue;
    }
    await payload.update({
      collection: 'outbox',
      id: doc.id,
      overrideAccess: true,
      // Sent: keep only the fact (for the dedupe key), not the address or the content.
      data: { attempts, status: OUTBOX_STATUS.sent, sentAt: now.toISOString(), lastError: null, to: null, text: null, html: null, attachments: null },
    });
    result.sent++;
  }
  return result;
}

/** Connection-level failures: the server is down or unreachable, not unhappy with one email. */
function isUnreachable(error: unknown): boolean {
  const code = (error as { code?: unknown })?.code;
  const responseCode = Number((error as { responseCode?: unknown })?.responseCode);
  return ['ECONNECTION', 'ECONNREFUSED', 'ETIMEDOUT', 'ESOCKET', 'EDNS', 'EGREETING'].includes(String(code)) || responseCode === 421;
}
