import type { Access } from 'payload';
import { hasRole } from './roles';

/**
 * Editors and counsellors, e.g. the Helpline global: editors keep phone and chat up to date,
 * counsellors the contact form's answer time. Field access narrows what each may change.
 */
export const isEditorOrCounsellor: Access = ({ req }) => hasRole(req.user, 'editor', 'counsellor');
