import type { Access } from 'payload';
import { hasRole } from './roles';

/** Administrators manage every account; other staff only their own. */
export const selfOrAdmin: Access = ({ req }) => {
  if (hasRole(req.user, 'admin')) return true;
  if (!req.user) return false;
  return { id: { equals: req.user.id } };
};
