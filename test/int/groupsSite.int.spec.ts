import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestGroup, signupForm, tokenFromEmail } from '../helpers/groupFixtures';
import { startTestPayload, type TestPayload } from '../helpers/testPayload';

let t: TestPayload;
beforeAll(async () => {
  t = await startTestPayload();
});
afterAll(async () => {
  await t?.close();
});

describe('createGroupsSite', () => {
  test('a new sign-up, a duplicate and a bot get the same answer', async () => {
    const { createGroupsSite } = await import('../../cms/groups/createGroupsSite');
    const site = createGroupsSite(t.payload);
    const group = await createTestGroup(t.payload);
    const first = await site.signUp(group.slug, signupForm({ email: 'zelfde@example.org' }), '10.0.0.1');
    const again = await site.signUp(group.slug, signupForm({ email: 'zelfde@example.org' }), '10.0.0.2');
    const bot = await site.signUp(group.slug, signupForm({ email: 'bot@example.org', website: 'x' }), '10.0.0.3');
    expect(first.kind).toBe('done');
    expect(again).toEqual(first);
    expect(bot).toEqual(first);
  });

  test('field errors come back with everything typed, except the honeypot', async () => {
    const { createGroupsSite } = await import('../../cms/groups/createGroupsSite');
    const site = createGroupsSite(t.payload);
    const group = await createTestGroup(t.payload);
    const result = await site.signUp(group.slug, signupForm({ name: 'Jip', email: 'geen-adres', phone: '06-1234 5678', message: 'Hallo <b>daar</b>', consent: undefined }), '10.0.1.1');
    expect(result).toMatchObject({
      kind: 'invalid',
      values: { name: 'Jip', email: 'geen-adres', phone: '06-1234 5678', relation: 'partner', message: 'Hallo <b>daar</b>' },
    });
    expect(result.kind === 'invalid' && Object.keys(result.errors).sort()).toEqual(['consent', 'email']);
    expect(result.kind === 'invalid' && 'website' in result.values).toBe(false);
  });

  test('more than 5 sign-ups from one address in 10 minutes are refused, with the values kept', async () => {
    const { createGroupsSite } = await import('../../cms/groups/createGroupsSite');
    const { createRateLimiter } = await import('../../cms/groups/rateLimit');
    const { createDatabaseAttemptCounter } = await import('../../cms/lib/rateLimit/databaseAttemptCounter');
    // At the start of a 10-minute window, so the six attempts fall in one.
    let clock = Math.floor(Date.now() / 600_000) * 600_000 + 1_000;
    const site = createGroupsSite(t.payload, { limiter: createRateLimiter(createDatabaseAttemptCounter(t.payload, () => clock)) });
    const group = await createTestGroup(t.payload);
    for (let i = 0; i < 5; i++) expect((await site.signUp(group.slug, signupForm({ email: `r${i}@example.org` }), '10.0.2.1')).kind).toBe('done');
    const sixth = await site.signUp(group.slug, signupForm({ email: 'r5@example.org' }), '10.0.2.1');
    expect(sixth).toMatchObject({ kind: 'invalid', values: { email: 'r5@example.org' } });
    expect(sixth.kind === 'invalid' && sixth.formError).toMatch(/10 minuten/);
    expect((await site.signUp(group.slug, signupForm({ email: 'ander@example.org' }), '10.0.2.2')).kind).toBe('done');
    const { totalDocs } = await t.payload.count({ collection: 'registrations', where: { group: { equals: group.id } }, overrideAccess: true });
    expect(totalDocs).toBe(6);
    clock += 10 * 60 * 1000 + 1;
    expect((await site.signUp(group.slug, signupForm({ email: 'r5@example.org' }), '10.0.2.1')).kind).toBe('done');
  });

  test('group views show availability as a word and hide unpublished groups', async () => {
    const { createGroupsSite } = await import('../../cms/groups/createGroupsSite');
    const site = createGroupsSite(t.payload);
    const group = await createTestGroup(t.payload, { capacity: 1 });
    const hidden = await createTestGroup(t.payload, { published: false });
    expect(await site.group(hidden.slug)).toBeNull();
    expect(await site.group('../../etc')).toBeNull();
    expect(await site.group(group.slug)).toMatchObject({ availability: 'almostFull', signupOpen: true, city: 'Utrecht' });
    await site.signUp(group.slug, signupForm({ email: 'enige@example.org' }), '10.0.3.1');
    expect((await site.confirm(await tokenFromEmail(t.payload, 'enige@example.org', 'bevestigen'))).title).toBe('We houden een plek voor je vrij');
    const view = await site.group(group.slug);
    expect(view?.availability).toBe('full');
    expect(JSON.stringify(view)).not.toMatch(/Voorbeeldstraat|seatsTaken|capacity/);
    expect((await site.upcoming()).map((g) => g.slug)).not.toContain(hidden.slug);
  });

  test('links answer in Dutch; a replay says the link was used', async () => {
    const { createGroupsSite } = await import('../../cms/groups/createGroupsSite');
    const site = createGroupsSite(t.payload);
    const group = await createTestGroup(t.payload);
    await site.signUp(group.slug, signupForm({ email: 'link@example.org' }), '10.0.4.1');
    const token = await tokenFromEmail(t.payload, 'link@example.org', 'bevestigen');
    expect(await site.confirm(token)).toMatchObject({ ok: true, title: 'We houden een plek voor je vrij' });
    expect(await site.confirm(token)).toMatchObject({ ok: false, title: 'Deze link is al gebruikt' });
    expect(await site.cancel('kapot')).toMatchObject({ ok: false, title: 'Deze link werkt niet' });
    const cancel = await tokenFromEmail(t.payload, 'link@example.org', 'afmelden');
    expect(await site.cancel(cancel)).toMatchObject({ ok: true, title: 'Je bent afgemeld' });
    expect(await site.cancel(cancel)).toMatchObject({ ok: false, title: 'Je was al afgemeld' });
  });
});
