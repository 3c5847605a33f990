import type { Access } from 'payload';
import { hasRole } from './roles';

/** Editors (who manage it) and analysts (who report on it), e.g. campaign sources. */
export const isEditorOrAnalyst: Access = ({ req }) => hasRole(req.user, 'editor', 'analyst');
