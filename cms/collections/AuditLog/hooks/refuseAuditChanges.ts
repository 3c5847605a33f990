import { type CollectionBeforeOperationHook, Forbidden } from 'payload';

/**
 * Append-only, whoever asks: server code with `overrideAccess` cannot update or delete an
 * entry either. Only the retention job removes expired entries, below the operations layer
 * (see cms/audit/deleteExpiredAuditEntries).
 */
export const refuseAuditChanges: CollectionBeforeOperationHook = ({ operation, req, args }) => {
  if (operation === 'update' || operation === 'delete') throw new Forbidden(req.t);
  return args;
};
