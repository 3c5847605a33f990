import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionBeforeChangeHook } from 'payload';
import { ROLE_LABELS, type Role } from '../../../access/roles';
import { recordAudit } from '../../../audit/recordAudit';
import { endAllSessions } from '../../../auth/sessions/endAllSessions';

/** Notes, before Payload hashes it away, that this update sets a new password. */
export const notePasswordChange: CollectionBeforeChangeHook = ({ data, operation, context }) => {
  if (operation === 'update' && typeof data?.password === 'string' && data.password) context.passwordChanged = true;
  return data;
};

/** The account's roles by their Dutch names ("Beheerder, Redacteur"): fixed words, no personal data. */
const rolesOf = (doc: unknown) =>
  [...(((doc as { roles?: string[] } | undefined)?.roles ?? []) as string[])]
    .map((role) => ROLE_LABELS[role as Role]?.nl.split(' (')[0] ?? role)
    .sort()
    .join(', ');

/**
 * Accounts in the audit trail: created, roles changed (with the role names, which are no
 * personal data), password changed. A new password also ends the account's other sessions:
 * whoever knew the old one is out.
 */
export const auditAccountChanges: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req, context }) => {
  const actor = req.user?.id;
  if (operation === 'create') {
    await recordAudit(req.payload, { action: 'create', actor, subject: 'users', subjectId: doc.id, detail: `rollen: ${rolesOf(doc)}` }, req);
    return doc;
  }
  if (rolesOf(doc) !== rolesOf(previousDoc)) {
    await recordAudit(req.payload, { action: 'roleChange', actor, subject: 'users', subjectId: doc.id, detail: `${rolesOf(previousDoc) || '–'} → ${rolesOf(doc) || '–'}` }, req);
  }
  if (context.passwordChanged) {
    await recordAudit(req.payload, { action: 'passwordChange', actor, subject: 'users', subjectId: doc.id }, req);
    const ownSession = String(req.user?.id) === String(doc.id) ? (req.user as { _sid?: string })._sid : undefined;
    await endAllSessions(req.payload, doc.id, { keepSession: ownSession }, req);
  }
  return doc;
};

export const auditAccountDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await recordAudit(req.payload, { action: 'delete', actor: req.user?.id, subject: 'users', subjectId: doc.id }, req);
  return doc;
};
