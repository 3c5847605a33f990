import type { Access } from 'payload';
import { hasRole } from './roles';

/** Support-group staff: coordinators and administrators. */
export const isCoordinator: Access = ({ req }) => hasRole(req.user, 'coordinator');
