import type { FieldAccess } from 'payload';
import { hasRole, ROLES } from './roles';

/** Field-level: any logged-in staff member may read this field; visitors never receive it. */
export const isStaffField: FieldAccess = ({ req }) => hasRole(req.user, ...ROLES);
