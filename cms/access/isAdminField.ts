import type { FieldAccess } from 'payload';
import { hasRole } from './roles';

/** Field-level: only administrators may read this field (e.g. an outgoing email's content). */
export const isAdminField: FieldAccess = ({ req }) => hasRole(req.user, 'admin');
