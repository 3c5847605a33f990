import type { Payload } from 'payload';
import { releaseSeat } from './capacity/releaseSeat';
import { switchStatus } from './capacity/switchStatus';
import { fillFromWaitingList } from './fillFromWaitingList';
import { issueCancelToken } from './issueCancelToken';
import { findRegistrationByToken, loadGroup, reloadRegistration } from './groupDocs';
import { queueCoordinatorNotice, queueRegistered } from './groupEmails';
import { REGISTRATION_STATUS, type RegistrationStatus } from './registrationStatus';
import type { TokenOutcome } from './tokenOutcome';

const { offered, confirmed, expired, cancelled } = REGISTRATION_STATUS;

/**
 * The "yes, I take the place" link from the waiting-list offer. The seat was already held for
 * this person when the offer was made, so accepting only changes the status. A late click
 * expires the offer and passes the seat on.
 */
export async function acceptOffer(payload: Payload, token: unknown, now: Date = new Date()): Promise<TokenOutcome> {
  const reg = await findRegistrationByToken(payload, 'offer', token);
  if (!reg) return { outcome: 'invalid' };
  if (reg.status === expired) return { outcome: 'expired' };
  if (reg.status !== offered) return { outcome: 'alreadyDone', status: reg.status as RegistrationStatus };
  const group = await loadGroup(payload, reg.group);
  if (!group) {
    await switchStatus(payload, reg.id, offered, cancelled, now);
    return { outcome: 'closed' };
  }
  if (!reg.offerExpiresAt || Date.parse(reg.offerExpiresAt) <= now.getTime()) {
    if (await switchStatus(payload, reg.id, offered, expired, now)) {
      if (await releaseSeat(payload, group.id)) await fillFromWaitingList(payload, group.id, now);
    }
    return { outcome: 'expired' };
  }
  if (!(await switchStatus(payload, reg.id, offered, confirmed, now))) {
    const current = await reloadRegistration(payload, reg.id);
    if (current?.status === expired) return { outcome: 'expired' };
    return current ? { outcome: 'alreadyDone', status: current.status as RegistrationStatus } : { outcome: 'invalid' };
  }
  const cancel = await issueCancelToken(payload, reg.id, now);
  await queueRegistered(payload, reg, group, cancel.token, cancel.hash, now);
  await queueCoordinatorNotice(payload, reg, group, cancel.hash, now);
  return { outcome: 'confirmed' };
}
