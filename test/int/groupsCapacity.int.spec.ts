import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestGroup, outboxEmails, seatsTaken, signupForm, tokenFromEmail } from '../helpers/groupFixtures';
import { startTestPayload, type TestPayload } from '../helpers/testPayload';

let t: TestPayload;
beforeAll(async () => {
  t = await startTestPayload();
});
afterAll(async () => {
  await t?.close();
});

describe('claimSeat', () => {
  test('50 simultaneous confirmations for 8 places give exactly 8 confirmed and 42 on the waiting list', async () => {
    const { signUp } = await import('../../cms/groups/signUp');
    const { confirmRegistration } = await import('../../cms/groups/confirmRegistration');
    const group = await createTestGroup(t.payload, { capacity: 8 });
    const emails = Array.from({ length: 50 }, (_, i) => `persoon${i}@example.org`);
    for (const email of emails) {
      const result = await signUp(t.payload, { groupSlug: group.slug, form: signupForm({ email, name: `Persoon ${email.slice(7, 9)}` }) });
      expect(result.outcome).toBe('created');
    }
    const tokens = await Promise.all(emails.map((email) => tokenFromEmail(t.payload, email, 'bevestigen')));

    const outcomes = await Promise.all(tokens.map((token) => confirmRegistration(t.payload, token)));

    const count = (outcome: string) => outcomes.filter((o) => o.outcome === outcome).length;
    expect(count('confirmed')).toBe(8);
    expect(count('waitingList')).toBe(42);
    expect(await seatsTaken(t.payload, group.id)).toBe(8);
    const { docs } = await t.payload.find({ collection: 'registrations', where: { group: { equals: group.id } }, pagination: false, overrideAccess: true });
    expect(docs.filter((d) => d.status === 'confirmed')).toHaveLength(8);
    expect(docs.filter((d) => d.status === 'waitingList')).toHaveLength(42);
    const kinds = (await outboxEmails(t.payload)).map((e) => e.kind);
    expect(kinds.filter((k) => k === 'registered')).toHaveLength(8);
    expect(kinds.filter((k) => k === 'waitingList')).toHaveLength(42);
  });

  test('the same link clicked twice at once confirms once and takes one seat', async () => {
    const { signUp } = await import('../../cms/groups/signUp');
    const { confirmRegistration } = await import('../../cms/groups/confirmRegistration');
    const group = await createTestGroup(t.payload, { capacity: 3 });
    await signUp(t.payload, { groupSlug: group.slug, form: signupForm({ email: 'dubbel@example.org' }) });
    const token = await tokenFromEmail(t.payload, 'dubbel@example.org', 'bevestigen');

    const outcomes = await Promise.all(Array.from({ length: 5 }, () => confirmRegistration(t.payload, token)));

    expect(outcomes.filter((o) => o.outcome === 'confirmed')).toHaveLength(1);
    expect(outcomes.filter((o) => o.outcome === 'alreadyDone')).toHaveLength(4);
    expect(await seatsTaken(t.payload, group.id)).toBe(1);
  });

  test('a staff save of the group does not overwrite the seat count', async () => {
    const { claimSeat } = await import('../../cms/groups/capacity/claimSeat');
    const group = await createTestGroup(t.payload, { capacity: 5 });
    expect(await claimSeat(t.payload, group.id)).toBe(true);
    // A save that carries a stale (or forged) seat count, as the admin form would.
    await t.payload.update({ collection: 'groups', id: group.id, overrideAccess: true, data: { title: 'Nieuwe naam', seatsTaken: 0 } as never });
    expect(await seatsTaken(t.payload, group.id)).toBe(1);
  });
});
