import type { FieldAccess } from 'payload';
import { hasRole } from './roles';

/** Field-level: only counsellors and administrators (e.g. the answer time of the contact form). */
export const isCounsellorField: FieldAccess = ({ req }) => hasRole(req.user, 'counsellor');
