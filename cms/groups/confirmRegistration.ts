import type { Payload } from 'payload';
import { claimSeatAndSwitch, type SeatAndStatusOptions } from './capacity/claimSeatAndSwitch';
import { switchStatus } from './capacity/switchStatus';
import { fillFromWaitingList } from './fillFromWaitingList';
import { findRegistrationByToken, loadGroup, reloadRegistration } from './groupDocs';
import { issueCancelToken } from './issueCancelToken';
import { queueCoordinatorNotice, queueRegistered, queueWaitingList } from './groupEmails';
import { firstMeetingStart } from './meetingsOf';
import { REGISTRATION_STATUS, type RegistrationStatus } from './registrationStatus';
import type { TokenOutcome } from './tokenOutcome';

const { awaitingConfirmation, confirmed, waitingList, expired, cancelled } = REGISTRATION_STATUS;

/**
 * Double opt-in, step 2: the emailed link confirms the address. Only now does the sign-up
 * count: a free seat makes it "confirmed" (registered email with the .ics file, anonymous
 * notice to coordinators), a full group puts it on the waiting list (and says so).
 * The link works once and for CONFIRM_HOURS. `options` are for tests (see claimSeatAndSwitch).
 */
export async function confirmRegistration(
  payload: Payload,
  token: unknown,
  now: Date = new Date(),
  options: SeatAndStatusOptions = {},
): Promise<TokenOutcome> {
  const reg = await findRegistrationByToken(payload, 'confirm', token);
  if (!reg) return { outcome: 'invalid' };
  if (reg.status !== awaitingConfirmation) return { outcome: 'alreadyDone', status: reg.status as RegistrationStatus };
  if (!reg.confirmExpiresAt || Date.parse(reg.confirmExpiresAt) <= now.getTime()) {
    await switchStatus(payload, reg.id, awaitingConfirmation, expired, now);
    return { outcome: 'expired' };
  }
  const group = await loadGroup(payload, reg.group);
  const starts = group ? firstMeetingStart(group) : null;
  if (!group || !starts || starts <= now) {
    await switchStatus(payload, reg.id, awaitingConfirmation, cancelled, now);
    return { outcome: 'closed' };
  }

  // Seat and status as one unit: a lost race (a second click) or a failure in between never
  // counts anybody twice or loses a seat.
  const { switched, seat, released } = await claimSeatAndSwitch(
    payload,
    { groupId: group.id, registrationId: reg.id, from: awaitingConfirmation, withSeat: confirmed, withoutSeat: waitingList, now },
    options,
  );
  if (released) await fillFromWaitingList(payload, group.id, now);
  if (!switched) {
    const current = await reloadRegistration(payload, reg.id);
    return current ? { outcome: 'alreadyDone', status: current.status as RegistrationStatus } : { outcome: 'invalid' };
  }

  const cancel = await issueCancelToken(payload, reg.id, seat ? now : null);
  if (seat) {
    await queueRegistered(payload, reg, group, cancel.token, cancel.hash, now);
    await queueCoordinatorNotice(payload, reg, group, cancel.hash, now);
    return { outcome: 'confirmed' };
  }
  await queueWaitingList(payload, reg, group, cancel.token, now);
  return { outcome: 'waitingList' };
}
