import type { CollectionAfterErrorHook } from 'payload';
import { releaseSeat } from '../../../groups/capacity/releaseSeat';
import { idOf } from '../../../groups/serviceContext';

/**
 * A staff save that claimed a seat (claimSeatForStaffChange) and then failed, for instance on
 * a field that is too long, gives that seat back. Payload runs this for saves through the
 * admin, REST and GraphQL; the support-group services never take this path.
 */
export const releaseSeatOnFailedSave: CollectionAfterErrorHook = async ({ context, req }) => {
  const groupId = idOf(context?.seatClaimedFor);
  if (groupId === null) return;
  delete context.seatClaimedFor;
  await releaseSeat(req.payload, groupId);
};
