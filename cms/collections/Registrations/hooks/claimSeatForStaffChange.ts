import { type CollectionBeforeChangeHook, ValidationError } from 'payload';
import { claimSeat } from '../../../groups/capacity/claimSeat';
import { holdsSeat } from '../../../groups/registrationStatus';
import { idOf, isServiceWrite } from '../../../groups/serviceContext';

/**
 * When a coordinator confirms someone by hand, or moves a participant to another group, a
 * seat must be taken there first; a full group refuses with a clear message instead of
 * overbooking. The matching release happens after the save (releaseSeatAfterStaffChange).
 * Field validation runs after this hook, so the claim is noted in the request context: if the
 * save then fails, releaseSeatOnFailedSave gives the seat back.
 */
export const claimSeatForStaffChange: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req, context }) => {
  if (operation !== 'update' || isServiceWrite(context) || !originalDoc) return data;
  const fromGroup = idOf(originalDoc.group);
  const toGroup = idOf(data.group ?? originalDoc.group);
  const status = data.status ?? originalDoc.status;
  const needsSeat = holdsSeat(status) && (!holdsSeat(originalDoc.status) || String(fromGroup) !== String(toGroup));
  if (!needsSeat || toGroup === null) return data;
  if (!(await claimSeat(req.payload, toGroup))) {
    throw new ValidationError(
      {
        collection: 'registrations',
        errors: [{ path: 'status', message: 'Deze groep is vol. Verhoog eerst het aantal plekken of zet de aanmelding op de wachtlijst.' }],
        req,
      },
      req.t,
    );
  }
  context.seatClaimedFor = toGroup;
  return data;
};
