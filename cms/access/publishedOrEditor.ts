import type { Access } from 'payload';
import { hasRole } from './roles';

/** Editors read drafts; everyone else reads only published versions. */
export const publishedOrEditor: Access = ({ req }) => {
  if (hasRole(req.user, 'editor')) return true;
  return { _status: { equals: 'published' } };
};
