import type { CollectionAfterLoginHook, CollectionAfterLogoutHook } from 'payload';
import { recordAudit } from '../../../audit/recordAudit';

/** A correct password (the second step, where needed, is recorded by its own endpoint). */
export const auditLogin: CollectionAfterLoginHook = async ({ user, req }) => {
  await recordAudit(req.payload, { action: 'login', actor: user.id, subject: 'users', subjectId: user.id }, req);
  return user;
};

export const auditLogout: CollectionAfterLogoutHook = async ({ req }) => {
  if (req.user) await recordAudit(req.payload, { action: 'logout', actor: req.user.id, subject: 'users', subjectId: req.user.id }, req);
};
