import type { Payload, Where } from 'payload';
import { auditRetentionDays } from './auditRetentionDays';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The audit retention job (run daily): removes entries older than AUDIT_RETENTION_DAYS and
 * returns how many. It works below Payload's operations on purpose: the collection refuses
 * every update and delete operation, so nothing else can remove an entry.
 */
export async function deleteExpiredAuditEntries(payload: Payload, now: Date = new Date(), days: number = auditRetentionDays()): Promise<{ deleted: number }> {
  const where: Where = { createdAt: { less_than: new Date(now.getTime() - days * DAY_MS).toISOString() } };
  const { totalDocs } = await payload.count({ collection: 'audit-log', where, overrideAccess: true });
  if (totalDocs > 0) await payload.db.deleteMany({ collection: 'audit-log', where });
  return { deleted: totalDocs };
}
