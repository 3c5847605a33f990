import type { Access } from 'payload';
import { hasRole } from './roles';

/** Readers of the aggregate statistics: analysts and administrators. */
export const isAnalyst: Access = ({ req }) => hasRole(req.user, 'analyst');
