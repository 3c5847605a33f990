import type { Access } from 'payload';
import { ROLES, hasRole } from './roles';

/** Any logged-in staff member, whatever their role. */
export const isStaff: Access = ({ req }) => hasRole(req.user, ...ROLES);
