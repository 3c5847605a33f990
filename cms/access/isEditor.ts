import type { Access } from 'payload';
import { hasRole } from './roles';

/** Content staff: editors and administrators. */
export const isEditor: Access = ({ req }) => hasRole(req.user, 'editor');
