import type { Payload } from 'payload';
import { createToken } from '../lib/crypto/tokens';
import { claimSeat } from './capacity/claimSeat';
import { releaseSeat } from './capacity/releaseSeat';
import { switchStatus } from './capacity/switchStatus';
import { loadGroup } from './groupDocs';
import { queuePlaceOffered } from './groupEmails';
import { HOUR_MS, OFFER_HOURS } from './lifetimes';
import { firstMeetingStart } from './meetingsOf';
import { REGISTRATION_STATUS } from './registrationStatus';
import { SERVICE_CONTEXT } from './serviceContext';

// A safety net against a loop that keeps losing races; a group never has this many waiting.
const MAX_OFFERS_PER_RUN = 50;

/**
 * Offers every free seat of a group to the people on its waiting list, longest waiting first.
 * Each offer holds its seat (claimed here) for OFFER_HOURS; the person accepts with the
 * emailed link, or the offer expires and passes on (expireOffers). Nothing is offered once
 * the first meeting has started: the groups are closed.
 *
 * @returns how many offers were made.
 */
export async function fillFromWaitingList(payload: Payload, groupId: number | string, now: Date = new Date()): Promise<number> {
  const group = await loadGroup(payload, groupId);
  const starts = group ? firstMeetingStart(group) : null;
  if (!group || !starts || starts <= now) return 0;
  let offered = 0;
  for (let round = 0; round < MAX_OFFERS_PER_RUN; round++) {
    const { docs } = await payload.find({
      collection: 'registrations',
      where: { and: [{ group: { equals: group.id } }, { status: { equals: REGISTRATION_STATUS.waitingList } }] },
      sort: ['statusChangedAt', 'createdAt'],
      limit: 1,
      depth: 0,
      overrideAccess: true,
    });
    const next = docs[0];
    if (!next) break;
    if (!(await claimSeat(payload, group.id))) break;
    if (!(await switchStatus(payload, next.id, REGISTRATION_STATUS.waitingList, REGISTRATION_STATUS.offered, now))) {
      // Someone else changed this person meanwhile (cancelled, or offered by a parallel run).
      await releaseSeat(payload, group.id);
      continue;
    }
    const { token, hash } = createToken();
    await payload.update({
      collection: 'registrations',
      id: next.id,
      overrideAccess: true,
      context: SERVICE_CONTEXT,
      data: { offerTokenHash: hash, offerExpiresAt: new Date(now.getTime() + OFFER_HOURS * HOUR_MS).toISOString() },
    });
    await queuePlaceOffered(payload, next, group, token, hash, now);
    offered++;
  }
  return offered;
}
