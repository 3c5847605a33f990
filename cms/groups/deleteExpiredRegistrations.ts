import type { Payload } from 'payload';
import { OUTBOX_STATUS } from '../email/outbox/outboxTypes';
import { type GroupSettings, groupSettings } from './groupSettings';
import { DAY_MS } from './lifetimes';
import { lastMeetingEnd } from './meetingsOf';
import { idOf } from './serviceContext';

export interface RetentionResult {
  /** Registrations of groups whose last meeting ended more than RETENTION_DAYS ago. */
  deleted: number;
  /** Registrations whose group no longer exists: there is no last meeting to wait for. */
  orphansDeleted: number;
  /** Emails that could never be sent and are older than RETENTION_DAYS (they hold an address). */
  failedEmailsDeleted: number;
}

/**
 * The retention job (run daily): deletes every registration `RETENTION_DAYS` (default 30)
 * after its group's last meeting, whatever its status. Returns counts only; nobody is named
 * in a log. Groups themselves stay: they hold no personal data.
 */
export async function deleteExpiredRegistrations(
  payload: Payload,
  now: Date = new Date(),
  settings: GroupSettings = groupSettings(),
): Promise<RetentionResult> {
  const cutoff = now.getTime() - settings.retentionDays * DAY_MS;
  const { docs: groups } = await payload.find({ collection: 'groups', pagination: false, depth: 0, overrideAccess: true });
  const ended = groups.filter((g) => (lastMeetingEnd(g)?.getTime() ?? Number.POSITIVE_INFINITY) <= cutoff).map((g) => g.id);
  const deleted = ended.length ? await deleteWhere(payload, { group: { in: ended } }) : 0;

  const known = new Set(groups.map((g) => String(g.id)));
  const { docs: all } = await payload.find({ collection: 'registrations', pagination: false, depth: 0, overrideAccess: true, select: { group: true } });
  const orphans = all.filter((r) => !known.has(String(idOf(r.group)))).map((r) => r.id);
  const orphansDeleted = orphans.length ? await deleteWhere(payload, { id: { in: orphans } }) : 0;

  const failed = await payload.delete({
    collection: 'outbox',
    where: { and: [{ status: { equals: OUTBOX_STATUS.failed } }, { createdAt: { less_than: new Date(cutoff).toISOString() } }] },
    overrideAccess: true,
  });
  return { deleted, orphansDeleted, failedEmailsDeleted: failed.docs.length };
}

async function deleteWhere(payload: Payload, where: Record<string, unknown>): Promise<number> {
  const { docs } = await payload.delete({
    collection: 'registrations',
    where: where as never,
    overrideAccess: true,
    depth: 0,
    // Seats of ended groups need no new offers (see releaseSeatOnDelete).
    context: { retention: true },
  });
  return docs.length;
}
