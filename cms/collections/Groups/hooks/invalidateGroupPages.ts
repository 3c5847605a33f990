import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload';
import { invalidateCache } from '../../../lib/cacheBus';

/** Any change to a group shows on the group pages (the list and each group's page). */
export const invalidateGroupPages: CollectionAfterChangeHook & CollectionAfterDeleteHook = ({ doc, req }) => {
  invalidateCache(['groups'], req.payload);
  return doc;
};
