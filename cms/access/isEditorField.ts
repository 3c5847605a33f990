import type { FieldAccess } from 'payload';
import { hasRole } from './roles';

/** Field-level: only editors and administrators (fields of a global counsellors may also edit). */
export const isEditorField: FieldAccess = ({ req }) => hasRole(req.user, 'editor');
