import type { Access } from 'payload';
import { hasRole } from './roles';

/**
 * Conversation staff: counsellors (hulpverleners) and administrators. The only roles that read
 * or answer what people write through the contact form; editors, coordinators and analysts
 * never do.
 */
export const isCounsellor: Access = ({ req }) => hasRole(req.user, 'counsellor');
