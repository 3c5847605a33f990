import { sql } from '@payloadcms/db-sqlite';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestGroup, outboxEmails, signupForm, tokenFromEmail } from '../helpers/groupFixtures';
import { startTestPayload, type TestPayload } from '../helpers/testPayload';

let t: TestPayload;
let signUp: typeof import('../../cms/groups/signUp').signUp;
let confirmRegistration: typeof import('../../cms/groups/confirmRegistration').confirmRegistration;
let createGroupsSite: typeof import('../../cms/groups/createGroupsSite').createGroupsSite;
const HOUR = 60 * 60 * 1000;

beforeAll(async () => {
  t = await startTestPayload();
  ({ signUp } = await import('../../cms/groups/signUp'));
  ({ confirmRegistration } = await import('../../cms/groups/confirmRegistration'));
  ({ createGroupsSite } = await import('../../cms/groups/createGroupsSite'));
});
afterAll(async () => {
  await t?.close();
});

async function registrationRows(groupId: number | string) {
  const { docs } = await t.payload.find({ collection: 'registrations', where: { group: { equals: groupId } }, pagination: false, depth: 0, overrideAccess: true, showHiddenFields: true });
  return docs as unknown as Record<string, unknown>[];
}

describe('signUp with a pending confirmation', () => {
  test('a repeated sign-up within the link lifetime sends nothing, stores nothing and answers like the first', async () => {
    const group = await createTestGroup(t.payload);
    const site = createGroupsSite(t.payload, { limiter: { take: async () => true } });
    const first = await site.signUp(group.slug, signupForm({ email: 'doel@example.org', name: 'Doel' }), '203.0.113.1');
    const stored = await registrationRows(group.id);
    for (let i = 0; i < 8; i++) {
      const again = await site.signUp(group.slug, signupForm({ email: ' Doel@Example.org ', name: `Aanvaller ${i}` }), `203.0.113.${i + 2}`);
      expect(again).toEqual(first);
    }
    expect(first.kind).toBe('done');
    expect((await outboxEmails(t.payload)).filter((e) => e.to === 'doel@example.org').map((e) => e.kind)).toEqual(['confirmEmail']);
    expect(await registrationRows(group.id)).toEqual(stored);
    expect(stored[0]?.name).toBe('Doel');
    // The first link still works.
    expect(await confirmRegistration(t.payload, await tokenFromEmail(t.payload, 'doel@example.org', 'bevestigen'))).toEqual({ outcome: 'confirmed' });
  });

  test('after the link has run out, a repeated sign-up sends one new link', async () => {
    const group = await createTestGroup(t.payload);
    const start = new Date();
    await signUp(t.payload, { groupSlug: group.slug, form: signupForm({ email: 'later@example.org' }, start) }, start);
    const oldToken = await tokenFromEmail(t.payload, 'later@example.org', 'bevestigen');
    const within = new Date(start.getTime() + 47 * HOUR);
    expect(await signUp(t.payload, { groupSlug: group.slug, form: signupForm({ email: 'later@example.org' }, within) }, within)).toEqual({ outcome: 'duplicate' });
    expect((await outboxEmails(t.payload)).filter((e) => e.to === 'later@example.org')).toHaveLength(1);
    const after = new Date(start.getTime() + 49 * HOUR);
    expect(await signUp(t.payload, { groupSlug: group.slug, form: signupForm({ email: 'later@example.org' }, after) }, after)).toEqual({ outcome: 'duplicate' });
    expect((await outboxEmails(t.payload)).filter((e) => e.to === 'later@example.org')).toHaveLength(2);
    expect(await tokenFromEmail(t.payload, 'later@example.org', 'bevestigen')).not.toBe(oldToken);
  });
});

describe('encryptedText', () => {
  test('encrypts a typed value that looks like ciphertext, and reads it back as typed', async () => {
    const group = await createTestGroup(t.payload);
    const lookalike = 'v1:AAAAAAAAAAAAAAAA:AAAAAAAAAAAAAAAAAAAAAA:AAAA';
    expect((await signUp(t.payload, { groupSlug: group.slug, form: signupForm({ email: 'lijkt@example.org', name: lookalike }) })).outcome).toBe('created');
    const [row] = await registrationRows(group.id);
    expect(row?.name).toBe(lookalike);
    const db = (t.payload.db as unknown as { drizzle: { all(q: unknown): Promise<Record<string, unknown>[]> } }).drizzle;
    const raw = await db.all(sql`SELECT name FROM registrations WHERE id = ${row?.id}`);
    expect(raw[0]?.name).not.toBe(lookalike);
    expect(String(raw[0]?.name)).toMatch(/^v1:/);
  });

  test('saving a registration keeps its data and its email hash', async () => {
    const group = await createTestGroup(t.payload);
    await signUp(t.payload, { groupSlug: group.slug, form: signupForm({ email: 'blijft@example.org', name: 'Blijft' }) });
    const [before] = await registrationRows(group.id);
    const db = (t.payload.db as unknown as { drizzle: { all(q: unknown): Promise<Record<string, unknown>[]> } }).drizzle;
    const hashOf = async () => (await db.all(sql`SELECT email_hash FROM registrations WHERE id = ${before?.id}`))[0]?.email_hash;
    const hashBefore = await hashOf();
    await t.payload.update({ collection: 'registrations', id: before?.id as number, data: { intakeDone: true } as never, overrideAccess: true, context: { skipSideEffects: true } });
    // Saving the whole document as the admin form does (decrypted values) keeps the same data.
    await t.payload.update({ collection: 'registrations', id: before?.id as number, data: { name: 'Blijft', email: 'blijft@example.org' } as never, overrideAccess: true, context: { skipSideEffects: true } });
    const [after] = await registrationRows(group.id);
    expect([after?.name, after?.email, after?.intakeDone]).toEqual(['Blijft', 'blijft@example.org', true]);
    expect(await hashOf()).toBe(hashBefore);
  });
});
