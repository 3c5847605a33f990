import type { Payload } from 'payload';
import { queueEmail } from '../email/outbox/queueEmail';
import { cancelled } from '../email/templates/cancelled';
import { confirmEmail } from '../email/templates/confirmEmail';
import { coordinatorNotice } from '../email/templates/coordinatorNotice';
import { placeOffered } from '../email/templates/placeOffered';
import { registered } from '../email/templates/registered';
import { waitingList } from '../email/templates/waitingList';
import { runtimeConfig } from '../lib/runtimeConfig';
import { actionUrl, adminRegistrationUrl } from './actionUrl';
import { buildIcs } from './buildIcs';
import type { Group, Registration } from './groupDocs';
import { groupSettings } from './groupSettings';
import { CONFIRM_HOURS, OFFER_HOURS } from './lifetimes';
import { meetingsOf } from './meetingsOf';

/*
 * The emails of the sign-up flow, each queued in the outbox under a dedupe key that names the
 * logical email. Keys that carry a token prefix are new emails when a new token is issued (a
 * fresh confirmation link); the others are sent at most once per registration.
 */

const sender = () => runtimeConfig().mailFromName;
const tokenKey = (tokenHash: string) => tokenHash.slice(0, 16);

/** "Bevestig je e-mailadres" with the 48-hour confirmation link. */
export async function queueConfirmEmail(payload: Payload, reg: Registration, group: Group, token: string, tokenHash: string, now: Date) {
  const email = confirmEmail({ name: reg.name, groupTitle: group.title, confirmUrl: actionUrl('confirm', token), senderName: sender(), validHours: CONFIRM_HOURS });
  return queueEmail(payload, { to: reg.email, email, kind: 'confirmEmail', dedupeKey: `confirm:${reg.id}:${tokenKey(tokenHash)}`, now });
}

/** "We houden een plek voor je vrij": dates, place (never the meeting link), .ics file, cancel link. */
export async function queueRegistered(payload: Payload, reg: Registration, group: Group, cancelToken: string, cancelHash: string, now: Date) {
  const meetings = meetingsOf(group);
  const place = group.format === 'online' ? ({ kind: 'online' } as const) : ({ kind: 'in-person', address: placeOf(group) } as const);
  const email = registered({ name: reg.name, groupTitle: group.title, meetings, place, cancelUrl: actionUrl('cancel', cancelToken), senderName: sender() });
  const ics = buildIcs({
    uidPrefix: `groep-${group.id}@${new URL(runtimeConfig().publicUrl).hostname}`,
    title: 'Groepsbijeenkomst',
    location: group.format === 'online' ? 'Online' : placeOf(group),
    description: group.format === 'online' ? 'De link krijg je per e-mail, kort voor de bijeenkomst.' : '',
    meetings,
    organizerName: sender(),
    now,
  });
  const attachments = [{ filename: 'bijeenkomsten.ics', contentType: 'text/calendar; charset=utf-8; method=PUBLISH', content: ics }];
  return queueEmail(payload, { to: reg.email, email, kind: 'registered', dedupeKey: `registered:${reg.id}:${tokenKey(cancelHash)}`, attachments, now });
}

/** An anonymous notice to the coordinators (COORDINATOR_EMAIL), if configured. */
export async function queueCoordinatorNotice(payload: Payload, reg: Registration, group: Group, cancelHash: string, now: Date) {
  const to = groupSettings().coordinatorEmail;
  if (!to) return { queued: false };
  const email = coordinatorNotice({ groupTitle: group.title, adminUrl: adminRegistrationUrl(reg.id) });
  return queueEmail(payload, { to, email, kind: 'coordinatorNotice', dedupeKey: `coordinator:${reg.id}:${tokenKey(cancelHash)}`, now });
}

/** "Je staat op de wachtlijst", with a link to leave it. */
export async function queueWaitingList(payload: Payload, reg: Registration, group: Group, cancelToken: string, now: Date) {
  const email = waitingList({ name: reg.name, groupTitle: group.title, cancelUrl: actionUrl('cancel', cancelToken), senderName: sender() });
  return queueEmail(payload, { to: reg.email, email, kind: 'waitingList', dedupeKey: `waitingList:${reg.id}`, now });
}

/** "Er is een plek vrij voor je", with the 48-hour accept link. */
export async function queuePlaceOffered(payload: Payload, reg: Registration, group: Group, token: string, tokenHash: string, now: Date) {
  const email = placeOffered({
    name: reg.name,
    groupTitle: group.title,
    meetings: meetingsOf(group),
    acceptUrl: actionUrl('accept', token),
    senderName: sender(),
    validHours: OFFER_HOURS,
  });
  return queueEmail(payload, { to: reg.email, email, kind: 'placeOffered', dedupeKey: `offer:${reg.id}:${tokenKey(tokenHash)}`, now });
}

/** "Je aanmelding is geannuleerd". */
export async function queueCancelled(payload: Payload, reg: Registration, group: Group | null, now: Date) {
  const email = cancelled({ name: reg.name, groupTitle: group?.title ?? 'de groep', senderName: sender() });
  return queueEmail(payload, { to: reg.email, email, kind: 'cancelled', dedupeKey: `cancelled:${reg.id}`, now });
}

/** The address, with the city when the address does not already name it. */
export function placeOf(group: Group): string {
  const address = (group.address ?? '').replace(/\s*\n\s*/g, ', ').trim();
  const city = (group.city ?? '').trim();
  if (!address) return city;
  return city && !address.toLowerCase().includes(city.toLowerCase()) ? `${address}, ${city}` : address;
}
