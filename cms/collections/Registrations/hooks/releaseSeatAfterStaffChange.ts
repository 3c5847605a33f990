import type { CollectionAfterChangeHook } from 'payload';
import { releaseSeat } from '../../../groups/capacity/releaseSeat';
import { fillFromWaitingList } from '../../../groups/fillFromWaitingList';
import { holdsSeat } from '../../../groups/registrationStatus';
import { idOf, isServiceWrite } from '../../../groups/serviceContext';

/**
 * When a coordinator cancels a participant or moves them to another group, their old seat is
 * given back and offered to the first person on that group's waiting list.
 */
export const releaseSeatAfterStaffChange: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req, context }) => {
  // The save is stored: a seat claimed for it is now in use (see releaseSeatOnFailedSave).
  delete context.seatClaimedFor;
  if (operation !== 'update' || isServiceWrite(context) || !previousDoc) return doc;
  const fromGroup = idOf(previousDoc.group);
  const moved = String(fromGroup) !== String(idOf(doc.group));
  if (fromGroup === null || !holdsSeat(previousDoc.status) || (holdsSeat(doc.status) && !moved)) return doc;
  if (await releaseSeat(req.payload, fromGroup)) {
    if (!context.skipSideEffects) await fillFromWaitingList(req.payload, fromGroup, new Date());
  }
  return doc;
};
