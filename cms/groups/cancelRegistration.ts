import type { Payload } from 'payload';
import { releaseSeat } from './capacity/releaseSeat';
import { switchStatus } from './capacity/switchStatus';
import { fillFromWaitingList } from './fillFromWaitingList';
import { findRegistrationByToken, loadGroup, reloadRegistration } from './groupDocs';
import { queueCancelled } from './groupEmails';
import { holdsSeat, REGISTRATION_STATUS, type RegistrationStatus } from './registrationStatus';
import { idOf } from './serviceContext';
import type { TokenOutcome } from './tokenOutcome';

const FINAL: RegistrationStatus[] = [REGISTRATION_STATUS.cancelled, REGISTRATION_STATUS.expired];

/**
 * The cancel link (no login): cancels a place or a spot on the waiting list. A freed seat is
 * given back at once and offered to the first person on the waiting list.
 */
export async function cancelRegistration(payload: Payload, token: unknown, now: Date = new Date()): Promise<TokenOutcome> {
  let reg = await findRegistrationByToken(payload, 'cancel', token);
  if (!reg) return { outcome: 'invalid' };
  // The status may move under us (an offer being made or expiring); retry with the new one.
  for (let attempt = 0; attempt < 3; attempt++) {
    const from = reg.status as RegistrationStatus;
    if (FINAL.includes(from)) return { outcome: 'alreadyDone', status: from };
    if (await switchStatus(payload, reg.id, from, REGISTRATION_STATUS.cancelled, now)) {
      const groupId = idOf(reg.group);
      if (holdsSeat(from) && groupId !== null && (await releaseSeat(payload, groupId))) {
        await fillFromWaitingList(payload, groupId, now);
      }
      await queueCancelled(payload, reg, await loadGroup(payload, groupId), now);
      return { outcome: 'cancelled' };
    }
    const current = await reloadRegistration(payload, reg.id);
    if (!current) return { outcome: 'invalid' };
    reg = current;
  }
  return { outcome: 'alreadyDone', status: reg.status as RegistrationStatus };
}
