import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload';
import { invalidateCache } from '../../../lib/cacheBus';

/** Drops the cached HTML of this page's current and previous paths. */
export const invalidatePage: CollectionAfterChangeHook & CollectionAfterDeleteHook = (args) => {
  const { doc } = args;
  const previous = 'previousDoc' in args ? args.previousDoc : undefined;
  const paths = new Set<string>([doc?.path, previous?.path, ...((doc?.previousPaths as string[]) ?? [])].filter(Boolean));
  invalidateCache([...paths].map((path) => `page:${path}`), args.req.payload);
  return doc;
};
