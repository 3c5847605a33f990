import type { Payload } from 'payload';
import { releaseSeat } from './capacity/releaseSeat';
import { switchStatus } from './capacity/switchStatus';
import { fillFromWaitingList } from './fillFromWaitingList';
import { REGISTRATION_STATUS } from './registrationStatus';
import { idOf } from './serviceContext';

/**
 * Ends offers that were not accepted in time: the person becomes "expired", the held seat is
 * given back and offered to the next person on the waiting list.
 *
 * @returns how many offers expired and how many new offers were made.
 */
export async function expireOffers(payload: Payload, now: Date = new Date()): Promise<{ expired: number; offered: number }> {
  const { docs } = await payload.find({
    collection: 'registrations',
    where: { and: [{ status: { equals: REGISTRATION_STATUS.offered } }, { offerExpiresAt: { less_than_equal: now.toISOString() } }] },
    limit: 200,
    depth: 0,
    overrideAccess: true,
    showHiddenFields: true,
  });
  const groups = new Set<number | string>();
  let expired = 0;
  for (const reg of docs) {
    if (!(await switchStatus(payload, reg.id, REGISTRATION_STATUS.offered, REGISTRATION_STATUS.expired, now))) continue;
    expired++;
    const groupId = idOf(reg.group);
    if (groupId !== null && (await releaseSeat(payload, groupId))) groups.add(groupId);
  }
  let offered = 0;
  for (const groupId of groups) offered += await fillFromWaitingList(payload, groupId, now);
  return { expired, offered };
}
