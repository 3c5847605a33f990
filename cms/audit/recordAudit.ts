import type { Payload, PayloadRequest } from 'payload';
import type { AuditAction, AuditChannel, AuditSubject } from './auditActions';

export interface AuditEntry {
  action: AuditAction;
  /** The staff account that acted; absent when nobody is signed in (e.g. a failed login). */
  actor?: number | string | null;
  subject?: AuditSubject;
  subjectId?: number | string | null;
  /**
   * Extra facts from a fixed vocabulary only: field names, role names, counts. Never a value
   * typed by a person.
   */
  detail?: string;
}

/** Where the request came from, by its path: the admin, REST, GraphQL or server code. */
export function channelOf(req: PayloadRequest | undefined): AuditChannel {
  const path = req?.pathname ?? '';
  if (path.startsWith('/api/graphql')) return 'graphql';
  if (path.startsWith('/api/')) return 'api';
  if (path === '/admin' || path.startsWith('/admin/')) return 'admin';
  return 'server';
}

/**
 * Appends one entry to the audit trail. With `req`, the entry is part of the request's
 * transaction: a change that is rolled back leaves no entry, and an entry that cannot be
 * written fails the request rather than letting it pass unrecorded.
 */
export async function recordAudit(payload: Payload, entry: AuditEntry, req?: PayloadRequest): Promise<void> {
  await payload.create({
    collection: 'audit-log',
    data: {
      action: entry.action,
      actor: entry.actor == null ? undefined : String(entry.actor),
      subject: entry.subject,
      subjectId: entry.subjectId == null ? undefined : String(entry.subjectId),
      detail: entry.detail?.slice(0, 200),
      channel: channelOf(req),
    },
    overrideAccess: true,
    depth: 0,
    req,
  });
}
