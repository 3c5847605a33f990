import type { CollectionAfterChangeHook } from 'payload';
import { fillFromWaitingList } from '../../../groups/fillFromWaitingList';

/**
 * When a coordinator raises a group's capacity (or opens sign-up again), people on the waiting
 * list get the new places offered at once, in order. The seed sets `skipSideEffects`.
 */
export const offerAddedSeats: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req, context }) => {
  if (operation !== 'update' || context.skipSideEffects) return doc;
  const grew = Number(doc.capacity) > Number(previousDoc?.capacity ?? 0);
  const reopened = Boolean(doc.signupOpen) && !previousDoc?.signupOpen;
  if (grew || reopened) await fillFromWaitingList(req.payload, doc.id, new Date());
  return doc;
};
