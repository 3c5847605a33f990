import type { FieldAccess } from 'payload';
import { hasRole } from './roles';

/** Field-level: only administrators may change this field (e.g. a user's roles). */
export const adminFieldOnly: FieldAccess = ({ req }) => hasRole(req.user, 'admin');
