import type { Payload } from 'payload';
import { contactSettings } from './contactSettings';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The contact retention job: deletes every conversation whose last message is more than
 * `CONTACT_RETENTION_DAYS` (default 30) days old, with its messages and e-mails (see the
 * collection's beforeDelete hook). Returns counts only; nobody is named in a log.
 */
export async function deleteExpiredConversations(payload: Payload, now: Date = new Date(), retentionDays = contactSettings().retentionDays): Promise<{ deleted: number; failed: number }> {
  const cutoff = new Date(now.getTime() - retentionDays * DAY_MS).toISOString();
  const { docs, errors } = await payload.delete({
    collection: 'conversations',
    where: {
      or: [
        { lastMessageAt: { less_than: cutoff } },
        // Never without a last message in practice; if one ever is, its age decides.
        { and: [{ lastMessageAt: { exists: false } }, { createdAt: { less_than: cutoff } }] },
      ],
    },
    overrideAccess: true,
    depth: 0,
  });
  // A conversation that could not be deleted is tried again on the next run.
  return { deleted: docs.length, failed: errors.length };
}
