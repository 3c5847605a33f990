import type { GlobalAfterChangeHook } from 'payload';
import { invalidateCache } from '../../lib/cacheBus';

/** Helpline and site settings show on every public page (help options, footer, quick exit). */
export const invalidateGlobalPages: GlobalAfterChangeHook = ({ doc, req }) => {
  invalidateCache(['global'], req.payload);
  return doc;
};
