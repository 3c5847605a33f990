import type { Access } from 'payload';
import { hasRole } from './roles';

/** Coordinators read every support group; everyone else only groups marked as published. */
export const publishedOrCoordinator: Access = ({ req }) => {
  if (hasRole(req.user, 'coordinator')) return true;
  return { published: { equals: true } };
};
