import { hasRole } from './roles';

/** Running, queueing or cancelling Payload jobs through the API: administrators only. */
export const isAdminJobs = ({ req }: { req: { user?: unknown } }): boolean => hasRole(req.user, 'admin');
