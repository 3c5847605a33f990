import type { Payload } from 'payload';
import { dataCipher } from '../lib/crypto/dataCipher';
import { createToken } from '../lib/crypto/tokens';
import type { Group } from './groupDocs';
import { queueConfirmEmail } from './groupEmails';
import { CONFIRM_HOURS, HOUR_MS, MIN_FILL_MS } from './lifetimes';
import { firstMeetingStart } from './meetingsOf';
import { ACTIVE_STATUSES, REGISTRATION_STATUS } from './registrationStatus';
import { SERVICE_CONTEXT } from './serviceContext';
import { parseSignup, type SignupField } from './signupSchema';

export type SignUpOutcome =
  /** Stored as awaiting confirmation; the confirmation email is queued. */
  | { outcome: 'created' }
  /**
   * This address is already signed up for this group: nothing new is stored and, while an
   * earlier confirmation link is still valid, nothing is sent.
   */
  | { outcome: 'duplicate' }
  /** The honeypot was filled in: a bot. Answer as if it worked; nothing is stored. */
  | { outcome: 'ignored' }
  | { outcome: 'invalid'; errors: Partial<Record<SignupField, string>> }
  /** Sent within MIN_FILL_MS of loading the form (or with a start time from the future). */
  | { outcome: 'tooFast' }
  /** No such published group, sign-up closed, or the group has already started. */
  | { outcome: 'closed' };

/**
 * The public sign-up for a support group (double opt-in, step 1): validates the form, stores
 * the registration encrypted as "awaiting confirmation" and queues the email with a 48-hour,
 * single-use confirmation link (only its hash is stored). Nothing counts towards the group's
 * places until the link is used (confirmRegistration). A repeated sign-up answers exactly like
 * a first one (the page shows the same text), so the form reveals nobody's sign-up.
 */
export async function signUp(
  payload: Payload,
  input: { groupSlug: string; form: Record<string, unknown> },
  now: Date = new Date(),
): Promise<SignUpOutcome> {
  const { website } = input.form;
  if (typeof website === 'string' && website.trim() !== '') return { outcome: 'ignored' };
  const parsed = parseSignup(input.form);
  if (!parsed.ok) return { outcome: 'invalid', errors: parsed.errors };
  const { data } = parsed;
  const elapsed = now.getTime() - data.startedAt;
  if (elapsed < MIN_FILL_MS) return { outcome: 'tooFast' };

  const group = await openGroup(payload, input.groupSlug, now);
  if (!group) return { outcome: 'closed' };

  const emailHash = dataCipher().hash(data.email);
  const { token, hash } = createToken();
  const confirmExpiresAt = new Date(now.getTime() + CONFIRM_HOURS * HOUR_MS).toISOString();
  const { docs: existing } = await payload.find({
    collection: 'registrations',
    where: { and: [{ group: { equals: group.id } }, { emailHash: { equals: emailHash } }, { status: { in: ACTIVE_STATUSES } }] },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    // confirmExpiresAt is hidden from the API; the decision below needs it.
    showHiddenFields: true,
  });
  const previous = existing[0];
  if (previous) {
    // One pending confirmation per address per group: while its link is valid, a repeated
    // sign-up sends nothing and changes nothing (otherwise the form mails anyone's inbox at will,
    // with a name of the sender's choosing). Only once the link has run out does a new one go out.
    const linkExpired = !previous.confirmExpiresAt || Date.parse(previous.confirmExpiresAt) <= now.getTime();
    if (previous.status === REGISTRATION_STATUS.awaitingConfirmation && linkExpired) {
      await payload.update({
        collection: 'registrations',
        id: previous.id,
        overrideAccess: true,
        context: SERVICE_CONTEXT,
        data: { confirmTokenHash: hash, confirmExpiresAt },
      });
      await queueConfirmEmail(payload, previous, group, token, hash, now);
    }
    return { outcome: 'duplicate' };
  }

  const registration = await payload.create({
    collection: 'registrations',
    overrideAccess: true,
    context: SERVICE_CONTEXT,
    data: {
      group: group.id,
      name: data.name,
      email: data.email,
      phone: data.phone ?? null,
      relation: data.relation,
      message: data.message ?? null,
      consentVersion: data.consentVersion,
      status: REGISTRATION_STATUS.awaitingConfirmation,
      statusChangedAt: now.toISOString(),
      confirmTokenHash: hash,
      confirmExpiresAt,
    },
  });
  await queueConfirmEmail(payload, registration, group, token, hash, now);
  return { outcome: 'created' };
}

/** The published group with this slug, if people can still sign up for it. */
async function openGroup(payload: Payload, slug: string, now: Date): Promise<Group | null> {
  if (!/^[a-z0-9-]{1,60}$/.test(slug)) return null;
  const { docs } = await payload.find({
    collection: 'groups',
    where: { and: [{ slug: { equals: slug } }, { published: { equals: true } }] },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  });
  const group = docs[0];
  const starts = group ? firstMeetingStart(group) : null;
  return group?.signupOpen && starts && starts > now ? group : null;
}
