import { sql } from '@payloadcms/db-sqlite';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestGroup, outboxEmails, seatsTaken, signupForm, statusOf, tokenFromEmail } from '../helpers/groupFixtures';
import { startTestPayload, type TestPayload } from '../helpers/testPayload';

let t: TestPayload;
let services: {
  signUp: typeof import('../../cms/groups/signUp').signUp;
  confirmRegistration: typeof import('../../cms/groups/confirmRegistration').confirmRegistration;
  cancelRegistration: typeof import('../../cms/groups/cancelRegistration').cancelRegistration;
  acceptOffer: typeof import('../../cms/groups/acceptOffer').acceptOffer;
  expireOffers: typeof import('../../cms/groups/expireOffers').expireOffers;
};
const HOUR = 60 * 60 * 1000;

beforeAll(async () => {
  process.env.COORDINATOR_EMAIL = 'coordinatie@example.org';
  t = await startTestPayload();
  services = {
    ...(await import('../../cms/groups/signUp')),
    ...(await import('../../cms/groups/confirmRegistration')),
    ...(await import('../../cms/groups/cancelRegistration')),
    ...(await import('../../cms/groups/acceptOffer')),
    ...(await import('../../cms/groups/expireOffers')),
  };
});
afterAll(async () => {
  delete process.env.COORDINATOR_EMAIL;
  await t?.close();
});

/** Signs up and confirms; returns the outcome of the confirmation. */
async function join(slug: string, email: string, name = 'Alex') {
  const signed = await services.signUp(t.payload, { groupSlug: slug, form: signupForm({ email, name }) });
  expect(signed.outcome).toBe('created');
  return services.confirmRegistration(t.payload, await tokenFromEmail(t.payload, email, 'bevestigen'));
}

describe('support group sign-up flow', () => {
  test('sign up, confirm by the emailed link, get the registered email with a five-meeting .ics', async () => {
    const group = await createTestGroup(t.payload);
    const result = await services.signUp(t.payload, { groupSlug: group.slug, form: signupForm({ email: 'kim@example.org', name: 'Kim' }) });
    expect(result.outcome).toBe('created');
    expect(await statusOf(t.payload, 'kim@example.org', group.id)).toEqual(['awaitingConfirmation']);
    expect(await seatsTaken(t.payload, group.id)).toBe(0);

    const [confirmMail] = (await outboxEmails(t.payload)).filter((e) => e.to === 'kim@example.org');
    expect(confirmMail?.subject).toBe('Bevestig je e-mailadres');
    expect(confirmMail?.text).toMatch(/^Hallo Kim,/);
    const token = await tokenFromEmail(t.payload, 'kim@example.org', 'bevestigen');

    expect(await services.confirmRegistration(t.payload, token)).toEqual({ outcome: 'confirmed' });
    expect(await statusOf(t.payload, 'kim@example.org', group.id)).toEqual(['confirmed']);
    expect(await seatsTaken(t.payload, group.id)).toBe(1);

    const mails = (await outboxEmails(t.payload)).filter((e) => e.to === 'kim@example.org');
    const registered = mails.find((e) => e.kind === 'registered');
    expect(registered?.subject).toBe('We houden een plek voor je vrij');
    expect(registered?.text).toContain('/lotgenotengroepen/afmelden?token=');
    const [ics] = (registered?.attachments ?? []) as { filename: string; content: string }[];
    const calendar = new ICAL.Component(ICAL.parse(ics?.content ?? ''));
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events).toHaveLength(5);
    expect(events.map((e) => e.location)).toEqual(Array(5).fill('Voorbeeldstraat 1, 3500 AA Utrecht'));
    const { amsterdamToUtc } = await import('../../cms/groups/formatMeeting');
    expect(events[0]?.startDate.toJSDate().toISOString()).toBe(amsterdamToUtc(String(group.meetings[0]?.date).slice(0, 10), '19:30').toISOString());

    // The coordinators' notice names the group, never the person.
    const notice = (await outboxEmails(t.payload)).find((e) => e.kind === 'coordinatorNotice' && e.to === 'coordinatie@example.org');
    expect(notice?.text).toContain('/admin/collections/registrations/');
    expect(notice?.text).not.toContain('Kim');
    expect(notice?.text).not.toContain('kim@example.org');
  });

  test('cancel frees the seat, the first waiting person gets an offer, accepting confirms them', async () => {
    const group = await createTestGroup(t.payload, { capacity: 1 });
    expect(await join(group.slug, 'eerste@example.org')).toEqual({ outcome: 'confirmed' });
    expect(await join(group.slug, 'wacht1@example.org')).toEqual({ outcome: 'waitingList' });
    expect(await join(group.slug, 'wacht2@example.org')).toEqual({ outcome: 'waitingList' });
    expect((await outboxEmails(t.payload)).filter((e) => e.to === 'wacht1@example.org').map((e) => e.subject)).toContain('Je staat op de wachtlijst');

    const cancel = await tokenFromEmail(t.payload, 'eerste@example.org', 'afmelden');
    expect(await services.cancelRegistration(t.payload, cancel)).toEqual({ outcome: 'cancelled' });
    expect(await statusOf(t.payload, 'eerste@example.org', group.id)).toEqual(['cancelled']);
    expect(await statusOf(t.payload, 'wacht1@example.org', group.id)).toEqual(['offered']);
    expect(await statusOf(t.payload, 'wacht2@example.org', group.id)).toEqual(['waitingList']);
    // The offered place is held: nobody else can take it meanwhile.
    expect(await seatsTaken(t.payload, group.id)).toBe(1);
    expect(await services.cancelRegistration(t.payload, cancel)).toEqual({ outcome: 'alreadyDone', status: 'cancelled' });

    const accept = await tokenFromEmail(t.payload, 'wacht1@example.org', 'plek-aannemen');
    expect(await services.acceptOffer(t.payload, accept)).toEqual({ outcome: 'confirmed' });
    expect(await statusOf(t.payload, 'wacht1@example.org', group.id)).toEqual(['confirmed']);
    expect(await seatsTaken(t.payload, group.id)).toBe(1);
    const kinds = (await outboxEmails(t.payload)).filter((e) => e.to === 'wacht1@example.org').map((e) => e.kind);
    expect(kinds).toEqual(['confirmEmail', 'waitingList', 'placeOffered', 'registered']);
    expect(await services.acceptOffer(t.payload, accept)).toEqual({ outcome: 'alreadyDone', status: 'confirmed' });
  });

  test('an offer that is not accepted in 48 hours expires and passes to the next person', async () => {
    const group = await createTestGroup(t.payload, { capacity: 1 });
    await join(group.slug, 'houder@example.org');
    await join(group.slug, 'traag@example.org');
    await join(group.slug, 'volgende@example.org');
    await services.cancelRegistration(t.payload, await tokenFromEmail(t.payload, 'houder@example.org', 'afmelden'));
    const lateToken = await tokenFromEmail(t.payload, 'traag@example.org', 'plek-aannemen');

    expect(await services.expireOffers(t.payload, new Date(Date.now() + 47 * HOUR))).toEqual({ expired: 0, offered: 0 });
    expect(await services.expireOffers(t.payload, new Date(Date.now() + 49 * HOUR))).toEqual({ expired: 1, offered: 1 });

    expect(await statusOf(t.payload, 'traag@example.org', group.id)).toEqual(['expired']);
    expect(await statusOf(t.payload, 'volgende@example.org', group.id)).toEqual(['offered']);
    expect(await seatsTaken(t.payload, group.id)).toBe(1);
    expect(await services.acceptOffer(t.payload, lateToken)).toEqual({ outcome: 'expired' });
    expect(await statusOf(t.payload, 'traag@example.org', group.id)).toEqual(['expired']);
  });

  test('a late click on an offer expires it at once and passes the seat on', async () => {
    const group = await createTestGroup(t.payload, { capacity: 1 });
    await join(group.slug, 'a@example.org');
    await join(group.slug, 'b@example.org');
    await join(group.slug, 'c@example.org');
    await services.cancelRegistration(t.payload, await tokenFromEmail(t.payload, 'a@example.org', 'afmelden'));
    const token = await tokenFromEmail(t.payload, 'b@example.org', 'plek-aannemen');
    expect(await services.acceptOffer(t.payload, token, new Date(Date.now() + 49 * HOUR))).toEqual({ outcome: 'expired' });
    expect(await statusOf(t.payload, 'c@example.org', group.id)).toEqual(['offered']);
  });
});

describe('support group sign-up: bad input and replays', () => {
  test('a replayed confirmation link changes nothing', async () => {
    const group = await createTestGroup(t.payload);
    await join(group.slug, 'replay@example.org');
    const token = await tokenFromEmail(t.payload, 'replay@example.org', 'bevestigen');
    const before = (await outboxEmails(t.payload)).length;
    expect(await services.confirmRegistration(t.payload, token)).toEqual({ outcome: 'alreadyDone', status: 'confirmed' });
    expect((await outboxEmails(t.payload)).length).toBe(before);
    expect(await seatsTaken(t.payload, group.id)).toBe(1);
  });

  test('an expired confirmation link expires the sign-up and takes no seat', async () => {
    const group = await createTestGroup(t.payload);
    await services.signUp(t.payload, { groupSlug: group.slug, form: signupForm({ email: 'laat@example.org' }) });
    const token = await tokenFromEmail(t.payload, 'laat@example.org', 'bevestigen');
    expect(await services.confirmRegistration(t.payload, token, new Date(Date.now() + 49 * HOUR))).toEqual({ outcome: 'expired' });
    expect(await statusOf(t.payload, 'laat@example.org', group.id)).toEqual(['expired']);
    expect(await seatsTaken(t.payload, group.id)).toBe(0);
  });

  test('malformed and unknown tokens are invalid', async () => {
    const unknown = 'A'.repeat(42) + 'A';
    for (const token of ['', 'abc', '<script>alert(1)</script>', 'x'.repeat(5000), unknown, null, 42]) {
      expect(await services.confirmRegistration(t.payload, token)).toEqual({ outcome: 'invalid' });
      expect(await services.cancelRegistration(t.payload, token)).toEqual({ outcome: 'invalid' });
      expect(await services.acceptOffer(t.payload, token)).toEqual({ outcome: 'invalid' });
    }
  });

  test('confirming for a deleted group is refused and takes no seat', async () => {
    const group = await createTestGroup(t.payload);
    await services.signUp(t.payload, { groupSlug: group.slug, form: signupForm({ email: 'weg@example.org' }) });
    const token = await tokenFromEmail(t.payload, 'weg@example.org', 'bevestigen');
    await join(group.slug, 'deelnemer@example.org');
    await t.payload.delete({ collection: 'groups', id: group.id, overrideAccess: true });
    expect(await services.confirmRegistration(t.payload, token)).toEqual({ outcome: 'closed' });
    expect(await services.confirmRegistration(t.payload, token)).toEqual({ outcome: 'alreadyDone', status: 'cancelled' });
    expect((await outboxEmails(t.payload)).filter((e) => e.to === 'weg@example.org').map((e) => e.kind)).toEqual(['confirmEmail']);
    // Confirmed participants are told that their place is cancelled.
    expect((await outboxEmails(t.payload)).filter((e) => e.to === 'deelnemer@example.org').map((e) => e.kind)).toContain('cancelled');
  });

  test('a second sign-up with the same email for the same group creates nothing new', async () => {
    const group = await createTestGroup(t.payload);
    await join(group.slug, 'Twee@Example.org');
    const again = await services.signUp(t.payload, { groupSlug: group.slug, form: signupForm({ email: ' twee@example.ORG ' }) });
    expect(again).toEqual({ outcome: 'duplicate' });
    const { totalDocs } = await t.payload.count({ collection: 'registrations', where: { group: { equals: group.id } }, overrideAccess: true });
    expect(totalDocs).toBe(1);
    // The same address may still sign up for another group.
    const other = await createTestGroup(t.payload);
    expect((await services.signUp(t.payload, { groupSlug: other.slug, form: signupForm({ email: 'twee@example.org' }) })).outcome).toBe('created');
  });

  test('absurd lengths are refused per field and store nothing', async () => {
    const group = await createTestGroup(t.payload);
    const result = await services.signUp(t.payload, {
      groupSlug: group.slug,
      form: signupForm({ name: 'n'.repeat(10_000), email: `${'e'.repeat(300)}@example.org`, phone: '1'.repeat(500), message: 'm'.repeat(100_000) }),
    });
    expect(result.outcome).toBe('invalid');
    expect(Object.keys(result.outcome === 'invalid' ? result.errors : {}).sort()).toEqual(['email', 'message', 'name', 'phone']);
    const { totalDocs } = await t.payload.count({ collection: 'registrations', where: { group: { equals: group.id } }, overrideAccess: true });
    expect(totalDocs).toBe(0);
  });

  test('script in a field is stored as text and escaped in the email', async () => {
    const group = await createTestGroup(t.payload);
    const name = '<script>alert(1)</script>';
    expect((await services.signUp(t.payload, { groupSlug: group.slug, form: signupForm({ email: 'xss@example.org', name }) })).outcome).toBe('created');
    const { docs } = await t.payload.find({ collection: 'outbox', where: { kind: { equals: 'confirmEmail' } }, pagination: false, overrideAccess: true });
    const mail = docs.find((d) => d.to === 'xss@example.org');
    expect(mail?.html).toContain('Hallo &lt;script&gt;alert(1)&lt;/script&gt;,');
    expect(mail?.html).not.toContain('<script>');
  });

  test('the honeypot and a too-fast submit store nothing; a closed group is refused', async () => {
    const group = await createTestGroup(t.payload);
    expect(await services.signUp(t.payload, { groupSlug: group.slug, form: signupForm({ email: 'bot@example.org', website: 'http://spam' }) })).toEqual({ outcome: 'ignored' });
    expect(await services.signUp(t.payload, { groupSlug: group.slug, form: signupForm({ email: 'snel@example.org', startedAt: String(Date.now() - 1000) }) })).toEqual({ outcome: 'tooFast' });
    const closed = await createTestGroup(t.payload, { signupOpen: false });
    expect(await services.signUp(t.payload, { groupSlug: closed.slug, form: signupForm() })).toEqual({ outcome: 'closed' });
    const hidden = await createTestGroup(t.payload, { published: false });
    expect(await services.signUp(t.payload, { groupSlug: hidden.slug, form: signupForm() })).toEqual({ outcome: 'closed' });
    const { totalDocs } = await t.payload.count({ collection: 'registrations', where: { group: { in: [group.id, closed.id, hidden.id] } }, overrideAccess: true });
    expect(totalDocs).toBe(0);
  });
});

describe('registrations at rest', () => {
  test('name, email, phone and message are encrypted in the database row', async () => {
    const group = await createTestGroup(t.payload);
    await services.signUp(t.payload, {
      groupSlug: group.slug,
      form: signupForm({ email: 'geheim.adres@example.org', name: 'Geheimenaam', phone: '06 12345678', message: 'Een vertrouwelijk bericht' }),
    });
    const db = (t.payload.db as unknown as { drizzle: { all(q: unknown): Promise<Record<string, unknown>[]> } }).drizzle;
    const rows = await db.all(sql`SELECT * FROM registrations`);
    const raw = JSON.stringify(rows);
    expect(rows.length).toBeGreaterThan(0);
    for (const plain of ['geheim.adres@example.org', 'Geheimenaam', '06 12345678', 'vertrouwelijk']) expect(raw).not.toContain(plain);
    const outbox = JSON.stringify(await db.all(sql`SELECT * FROM outbox`));
    expect(outbox).not.toContain('geheim.adres@example.org');
    expect(outbox).not.toContain('Geheimenaam');
    // …while staff with the right role read them decrypted.
    expect(await statusOf(t.payload, 'geheim.adres@example.org', group.id)).toEqual(['awaitingConfirmation']);
  });
});
