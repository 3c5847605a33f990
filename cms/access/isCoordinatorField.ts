import type { FieldAccess } from 'payload';
import { hasRole } from './roles';

/** Field-level: only coordinators and administrators (e.g. a group's online meeting link). */
export const isCoordinatorField: FieldAccess = ({ req }) => hasRole(req.user, 'coordinator');
