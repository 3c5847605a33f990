import type { Access } from 'payload';
import { isSecondFactorPending } from '../auth/secondFactor/secondFactorState';
import { hasRole } from './roles';

/**
 * Administrators change every account; other staff only their own, and only once signed in
 * completely: someone who has just the password cannot change it, or anything else.
 */
export const updateOwnAccountOrAdmin: Access = ({ req }) => {
  if (!req.user || isSecondFactorPending(req.user)) return false;
  if (hasRole(req.user, 'admin')) return true;
  return { id: { equals: req.user.id } };
};
