import type { Payload } from 'payload';
import { acceptOffer } from './acceptOffer';
import { availabilityOf } from './availabilityOf';
import { cancelRegistration } from './cancelRegistration';
import { confirmRegistration } from './confirmRegistration';
import { formatMeeting } from './formatMeeting';
import type { Group } from './groupDocs';
import { firstMeetingStart, meetingsOf } from './meetingsOf';
import { attemptCounter } from '../lib/rateLimit/attemptCounter';
import { createRateLimiter, type RateLimiter } from './rateLimit';
import { signUp } from './signUp';
import { parseSignup } from './signupSchema';
import { isDone, SIGNUP_CLOSED, SIGNUP_DONE, TOO_FAST, TOO_MANY, tokenMessage } from './siteMessages';
import type { GroupSummaryView, GroupsSite, GroupView, SignupValues } from './types';

export interface GroupsSiteOptions {
  now?: () => Date;
  limiter?: RateLimiter;
}

const VALUE_FIELDS = ['name', 'email', 'phone', 'relation', 'message', 'consent'] as const;
// Longer than any field allows; enough to give back what a person typed, not a pasted book.
const MAX_VALUE_CHARS = 5000;

/**
 * The support groups for the public site. Group reads run as the anonymous public
 * (overrideAccess: false), so unpublished groups, addresses and meeting links never reach a
 * page. The one staff read is the seat count, which becomes a word (free / almost full / full).
 */
export function createGroupsSite(
  payload: Payload,
  { now = () => new Date(), limiter = createRateLimiter(attemptCounter(payload)) }: GroupsSiteOptions = {},
): GroupsSite {
  async function seatCounts(ids: (number | string)[]): Promise<Map<string, { capacity: number; seatsTaken: number }>> {
    if (ids.length === 0) return new Map();
    const { docs } = await payload.find({
      collection: 'groups',
      where: { id: { in: ids } },
      select: { capacity: true, seatsTaken: true },
      pagination: false,
      depth: 0,
      overrideAccess: true,
    });
    return new Map(docs.map((d) => [String(d.id), { capacity: Number(d.capacity), seatsTaken: Number(d.seatsTaken ?? 0) }]));
  }

  function toSummary(group: Group, seats: { capacity: number; seatsTaken: number } | undefined): GroupSummaryView {
    const starts = firstMeetingStart(group);
    return {
      slug: group.slug,
      title: group.title,
      audience: group.audience,
      format: group.format === 'online' ? 'online' : 'inPerson',
      city: group.format === 'online' ? null : (group.city ?? null),
      meetings: meetingsOf(group).map((m) => ({ ...m, label: formatMeeting(m) })),
      availability: seats ? availabilityOf(seats.capacity, seats.seatsTaken) : 'full',
      signupOpen: Boolean(group.signupOpen) && starts !== null && starts > now(),
      startsAt: starts ? starts.toISOString() : new Date(0).toISOString(),
    };
  }

  const valuesOf = (form: Record<string, unknown>): SignupValues =>
    Object.fromEntries(VALUE_FIELDS.filter((f) => typeof form[f] === 'string').map((f) => [f, String(form[f]).slice(0, MAX_VALUE_CHARS)]));

  return {
    async upcoming() {
      const { docs } = await payload.find({ collection: 'groups', pagination: false, depth: 0, overrideAccess: false });
      const upcoming = docs
        .map((group) => ({ group, starts: firstMeetingStart(group) }))
        .filter((g): g is { group: Group; starts: Date } => g.starts !== null && g.starts > now())
        .sort((a, b) => a.starts.getTime() - b.starts.getTime());
      const seats = await seatCounts(upcoming.map((g) => g.group.id));
      return upcoming.map(({ group }) => toSummary(group, seats.get(String(group.id))));
    },

    async group(slug) {
      if (!/^[a-z0-9-]{1,60}$/.test(slug)) return null;
      const { docs } = await payload.find({ collection: 'groups', where: { slug: { equals: slug } }, limit: 1, depth: 0, overrideAccess: false });
      const group = docs[0];
      if (!group) return null;
      const seats = await seatCounts([group.id]);
      return {
        ...toSummary(group, seats.get(String(group.id))),
        facilitators: group.facilitators || null,
        intakeNote: group.intakeNote || null,
      } satisfies GroupView;
    },

    async signUp(slug, form, clientAddress) {
      const values = valuesOf(form);
      // Field errors first, and not counted: correcting a typo never uses up attempts.
      const honeypot = typeof form.website === 'string' && form.website.trim() !== '';
      const parsed = honeypot ? null : parseSignup(form);
      if (parsed && !parsed.ok) return { kind: 'invalid', errors: parsed.errors, values };
      if (!(await limiter.take(clientAddress))) return { kind: 'invalid', errors: {}, formError: TOO_MANY, values };
      const result = await signUp(payload, { groupSlug: slug, form }, now());
      if (result.outcome === 'invalid') return { kind: 'invalid', errors: result.errors, values };
      if (result.outcome === 'tooFast') return { kind: 'invalid', errors: {}, formError: TOO_FAST, values };
      if (isDone(result.outcome)) return { kind: 'done', ...SIGNUP_DONE };
      return { kind: 'closed', ...SIGNUP_CLOSED };
    },

    async confirm(token) {
      return tokenMessage('confirm', await confirmRegistration(payload, token, now()));
    },
    async cancel(token) {
      return tokenMessage('cancel', await cancelRegistration(payload, token, now()));
    },
    async acceptOffer(token) {
      return tokenMessage('accept', await acceptOffer(payload, token, now()));
    },
  };
}
