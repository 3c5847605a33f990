import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload';
import { invalidateCache } from '../../../lib/cacheBus';

/**
 * A module shows on its own page, on the course overview and on its neighbours (previous /
 * next links), and teasers on other pages. Autosaved drafts change nothing public.
 */
export const invalidateModulePages: CollectionAfterChangeHook & CollectionAfterDeleteHook = (args) => {
  const { doc } = args;
  const previous = 'previousDoc' in args ? args.previousDoc : undefined;
  const isDraftOnly = doc?._status === 'draft' && previous?._status !== 'published';
  if (!isDraftOnly) {
    invalidateCache(['modules', `module:${doc.slug}`, ...(previous?.slug ? [`module:${previous.slug}`] : [])], args.req.payload);
  }
  return doc;
};
