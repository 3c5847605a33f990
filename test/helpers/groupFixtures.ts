import type { Payload } from 'payload';

const DAY = 24 * 60 * 60 * 1000;

/** `YYYY-MM-DD` of a day `days` after `from` (UTC date; fine for test fixtures). */
export function dayAfter(from: Date, days: number): string {
  return new Date(from.getTime() + days * DAY).toISOString().slice(0, 10);
}

/** Five weekly evening meetings, the first `firstInDays` days after `from`. */
export function fiveMeetings(from: Date, firstInDays: number) {
  return Array.from({ length: 5 }, (_, i) => ({ date: dayAfter(from, firstInDays + 7 * i), start: '19:30', end: '21:30' }));
}

let counter = 0;

/** A published, open in-person group; override any field. */
export async function createTestGroup(payload: Payload, overrides: Record<string, unknown> = {}, now = new Date()) {
  counter++;
  return payload.create({
    collection: 'groups',
    overrideAccess: true,
    context: { skipSideEffects: true },
    data: {
      title: `Testgroep ${counter}`,
      slug: `testgroep-${counter}-${Math.random().toString(36).slice(2, 8)}`,
      audience: 'Partners en ex-partners.',
      format: 'inPerson',
      city: 'Utrecht',
      address: 'Voorbeeldstraat 1\n3500 AA Utrecht',
      meetings: fiveMeetings(now, 14),
      capacity: 8,
      signupOpen: true,
      published: true,
      ...overrides,
    } as never,
  });
}

/** A valid sign-up form as the page would post it, started 10 seconds before `now`. */
export function signupForm(overrides: Record<string, unknown> = {}, now = new Date()): Record<string, unknown> {
  return {
    name: 'Sam',
    email: 'sam@example.org',
    phone: '',
    relation: 'partner',
    message: '',
    consent: 'on',
    consentVersion: '2026-11',
    website: '',
    startedAt: String(now.getTime() - 10_000),
    ...overrides,
  };
}

/** Every queued email, decrypted, oldest first. */
export async function outboxEmails(payload: Payload) {
  const { docs } = await payload.find({ collection: 'outbox', pagination: false, sort: 'createdAt', overrideAccess: true, depth: 0 });
  return docs as unknown as { id: number; to: string | null; subject: string; text: string | null; kind: string; status: string; dedupeKey: string; attachments: unknown }[];
}

/** The token from the last link to `path` (e.g. "bevestigen") in the emails sent to `to`. */
export async function tokenFromEmail(payload: Payload, to: string, path: 'bevestigen' | 'afmelden' | 'plek-aannemen'): Promise<string> {
  const pattern = new RegExp(`/lotgenotengroepen/${path}\\?token=([A-Za-z0-9_-]{43})`);
  const emails = (await outboxEmails(payload)).filter((e) => e.to === to && e.text && pattern.test(e.text));
  const match = emails.at(-1)?.text?.match(pattern);
  if (!match?.[1]) throw new Error(`No ${path} link emailed to ${to}`);
  return match[1];
}

/** A registration's status and seat count of its group, as stored. */
export async function statusOf(payload: Payload, email: string, groupId: number | string) {
  const { docs } = await payload.find({ collection: 'registrations', where: { group: { equals: groupId } }, pagination: false, overrideAccess: true, depth: 0 });
  return (docs as unknown as { email: string; status: string }[]).filter((d) => d.email === email).map((d) => d.status);
}

/** The stored seat count of a group. */
export async function seatsTaken(payload: Payload, groupId: number | string): Promise<number> {
  const group = await payload.findByID({ collection: 'groups', id: groupId, overrideAccess: true, depth: 0 });
  return Number((group as unknown as { seatsTaken: number }).seatsTaken);
}
