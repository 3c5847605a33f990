import type { CollectionBeforeDeleteHook } from 'payload';
import { switchStatus } from '../../../groups/capacity/switchStatus';
import { loadGroup } from '../../../groups/groupDocs';
import { queueCancelled } from '../../../groups/groupEmails';
import { REGISTRATION_STATUS, type RegistrationStatus } from '../../../groups/registrationStatus';

const TOLD: RegistrationStatus[] = [REGISTRATION_STATUS.confirmed, REGISTRATION_STATUS.waitingList, REGISTRATION_STATUS.offered];

/**
 * Deleting a group cancels the places and waiting-list spots in it and tells those people,
 * while the group's title is still known. Unconfirmed sign-ups get no email (their address
 * was never confirmed); their link answers that the group no longer takes place. The
 * registrations themselves are removed by the retention job (they no longer have a group).
 */
export const cancelRegistrationsOfGroup: CollectionBeforeDeleteHook = async ({ id, req, context }) => {
  const group = await loadGroup(req.payload, id);
  if (!group) return;
  const { docs } = await req.payload.find({
    collection: 'registrations',
    where: { and: [{ group: { equals: id } }, { status: { in: TOLD } }] },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  });
  const now = new Date();
  for (const reg of docs) {
    if (!(await switchStatus(req.payload, reg.id, reg.status as RegistrationStatus, REGISTRATION_STATUS.cancelled, now))) continue;
    if (!context.skipSideEffects) await queueCancelled(req.payload, reg, group, now);
  }
};
