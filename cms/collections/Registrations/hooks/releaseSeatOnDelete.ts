import type { CollectionAfterDeleteHook } from 'payload';
import { releaseSeat } from '../../../groups/capacity/releaseSeat';
import { fillFromWaitingList } from '../../../groups/fillFromWaitingList';
import { holdsSeat } from '../../../groups/registrationStatus';
import { idOf } from '../../../groups/serviceContext';

/**
 * Deleting a participant (by hand, or by the retention job) gives their seat back. Only a
 * deletion by hand offers it to the waiting list: the retention job deletes after the group
 * has ended, when there is nothing left to offer.
 */
export const releaseSeatOnDelete: CollectionAfterDeleteHook = async ({ doc, req, context }) => {
  const groupId = idOf(doc?.group);
  if (groupId === null || !holdsSeat(doc.status)) return doc;
  if ((await releaseSeat(req.payload, groupId)) && !context.retention && !context.skipSideEffects) {
    await fillFromWaitingList(req.payload, groupId, new Date());
  }
  return doc;
};
