import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionAfterOperationHook, CollectionConfig, PayloadRequest } from 'payload';
import type { AuditAction, AuditSubject } from './auditActions';
import { recordAudit } from './recordAudit';

/** Set by an endpoint that reads records to hand them out, e.g. the CSV export. */
export const AUDIT_READ_AS = 'auditReadAs';

type Doc = Record<string, unknown> & { id?: number | string };

/** Skips what was already recorded in this request (the admin reads one record several times per page). */
function firstTime(req: PayloadRequest, key: string): boolean {
  const context = req.context as Record<string, unknown>;
  const seen = (context.auditSeen as Set<string> | undefined) ?? new Set<string>();
  context.auditSeen = seen;
  if (seen.has(key)) return false;
  seen.add(key);
  return true;
}

/** A relationship compares by id, whether or not it was populated. */
function comparable(value: unknown): string {
  const id = value && typeof value === 'object' && !Array.isArray(value) && 'id' in value ? (value as Doc).id : value;
  return JSON.stringify(id ?? null);
}

function changedFields(doc: Doc, previous: Doc | undefined): string[] {
  if (!previous) return [];
  // Only fields the caller gets to see: hidden bookkeeping (hashes, tokens) is absent from
  // `doc` and is not the staff member's change to report.
  return Object.keys(doc)
    .filter((name) => !['updatedAt', 'createdAt', 'id'].includes(name))
    .filter((name) => comparable(doc[name]) !== comparable(previous[name]))
    .sort();
}

async function recordReads(req: PayloadRequest, subject: AuditSubject, docs: Doc[]): Promise<void> {
  const action: AuditAction = req.context?.[AUDIT_READ_AS] === 'export' ? 'export' : 'read';
  for (const doc of docs) {
    if (doc?.id == null || !firstTime(req, `${action}:${subject}:${doc.id}`)) continue;
    await recordAudit(req.payload, { action, actor: req.user?.id, subject, subjectId: doc.id }, req);
  }
}

/**
 * The hooks that put a collection's records in the audit trail: every read with a staff
 * member's rights (admin, REST, GraphQL, Local API with `user` and `overrideAccess: false`,
 * the CSV export), every change and every deletion made while a staff member is signed in.
 * Entries name the record by id and the changed fields by name, never their content.
 */
export function auditHooks(subject: AuditSubject): {
  afterOperation: CollectionAfterOperationHook[];
  afterChange: CollectionAfterChangeHook[];
  afterDelete: CollectionAfterDeleteHook[];
} {
  const afterOperation: CollectionAfterOperationHook = async ({ operation, result, req, args }) => {
    // REST and GraphQL leave `overrideAccess` unset (off); the Local API sets it, true by default.
    const byStaff = req?.user && (args as { overrideAccess?: boolean }).overrideAccess !== true;
    if (!byStaff || !result) return result;
    if (operation === 'find') await recordReads(req, subject, ((result as { docs?: Doc[] }).docs ?? []) as Doc[]);
    if (operation === 'findByID') await recordReads(req, subject, [result as Doc]);
    return result;
  };
  const afterChange: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
    if (!req.user) return doc;
    const fields = operation === 'update' ? changedFields(doc, previousDoc) : [];
    if (operation === 'update' && fields.length === 0) return doc;
    await recordAudit(req.payload, { action: operation, actor: req.user.id, subject, subjectId: doc.id, detail: fields.join(', ') || undefined }, req);
    return doc;
  };
  const afterDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
    if (!req.user) return doc;
    await recordAudit(req.payload, { action: 'delete', actor: req.user.id, subject, subjectId: doc.id }, req);
    return doc;
  };
  return { afterOperation: [afterOperation], afterChange: [afterChange], afterDelete: [afterDelete] };
}

/**
 * A collection with the audit hooks added after its own, e.g. `audited(Conversations, 'conversations')`.
 * One line in `cms/collections/index.ts` puts a collection's records in the audit trail.
 */
export function audited(collection: CollectionConfig, subject: AuditSubject = collection.slug as AuditSubject): CollectionConfig {
  const hooks = auditHooks(subject);
  const own = collection.hooks ?? {};
  return {
    ...collection,
    hooks: {
      ...own,
      afterOperation: [...(own.afterOperation ?? []), ...hooks.afterOperation],
      afterChange: [...(own.afterChange ?? []), ...hooks.afterChange],
      afterDelete: [...(own.afterDelete ?? []), ...hooks.afterDelete],
    },
  };
}
