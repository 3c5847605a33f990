import type { Payload } from 'payload';
import { switchStatus } from './capacity/switchStatus';
import { REGISTRATION_STATUS } from './registrationStatus';

/**
 * Marks sign-ups whose confirmation link ran out as expired, so the admin's lists show who
 * really waits, and the address can sign up again. They are deleted with the group's other
 * registrations (deleteExpiredRegistrations).
 *
 * @returns how many sign-ups expired.
 */
export async function expireUnconfirmed(payload: Payload, now: Date = new Date()): Promise<number> {
  const { docs } = await payload.find({
    collection: 'registrations',
    where: {
      and: [{ status: { equals: REGISTRATION_STATUS.awaitingConfirmation } }, { confirmExpiresAt: { less_than_equal: now.toISOString() } }],
    },
    limit: 500,
    depth: 0,
    overrideAccess: true,
    select: { status: true },
  });
  let expired = 0;
  for (const reg of docs) {
    if (await switchStatus(payload, reg.id, REGISTRATION_STATUS.awaitingConfirmation, REGISTRATION_STATUS.expired, now)) expired++;
  }
  return expired;
}
