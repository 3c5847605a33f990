import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestGroup } from '../helpers/groupFixtures';
import { postForm, request } from '../helpers/manyProcesses';
import { startTestServer, type TestServer } from '../helpers/testServer';
import { untilCached } from '../helpers/untilCached';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
}, 240_000);
afterAll(async () => {
  await server?.stop();
});

const availability = (html: string) => /data-availability="([a-zA-Z]+)"/.exec(html)?.[1];

describe('group pages in the HTML cache', () => {
  test('the list and a group page are cached until a seat changes, and then show the new availability', async () => {
    const { claimSeat } = await import('../../cms/groups/capacity/claimSeat');
    const group = await createTestGroup(server.payload, { capacity: 3, title: 'Cachegroep' });
    const page = `${server.url}/lotgenotengroepen/${group.slug}`;
    await untilCached(async () => (await request(page)).headers['x-cache'] as string | undefined);
    const before = await request(page);
    expect(before.headers['x-cache']).toBe('HIT');
    expect(before.headers['cache-control']).toBe('no-cache');
    expect(availability(before.body)).toBe('free');
    await untilCached(async () => (await request(`${server.url}/lotgenotengroepen`)).headers['x-cache'] as string | undefined);
    expect((await request(`${server.url}/lotgenotengroepen`)).headers['x-cache']).toBe('HIT');

    expect(await claimSeat(server.payload, group.id)).toBe(true);
    expect(await claimSeat(server.payload, group.id)).toBe(true);
    const after = await request(page);
    expect(after.headers['x-cache']).toBe('MISS');
    expect(availability(after.body)).toBe('almostFull');
    expect((await request(`${server.url}/lotgenotengroepen`)).headers['x-cache']).toBe('MISS');
  });

  test("a staff edit of the group drops its page; a posted form's answer is never cached", async () => {
    const group = await createTestGroup(server.payload, { title: 'Oude titel' });
    const page = `${server.url}/lotgenotengroepen/${group.slug}`;
    await untilCached(async () => (await request(page)).headers['x-cache'] as string | undefined);
    await server.payload.update({ collection: 'groups', id: group.id, data: { title: 'Nieuwe titel' } as never, overrideAccess: true });
    const edited = await request(page);
    expect(edited.headers['x-cache']).toBe('MISS');
    expect(edited.body).toContain('Nieuwe titel');
    // The edit also comes back from the database-wide bus (within a second) and drops the page once more.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    await request(page);
    expect((await request(page)).headers['x-cache']).toBe('HIT');

    const fields = { name: 'Sam', email: 'sam-cache@example.org', phone: '', relation: 'partner', message: '', consent: 'on', consentVersion: '2026-11', website: '', startedAt: String(Date.now() - 10_000) };
    const answer = await postForm(page, fields, '127.0.0.1');
    expect(answer.status).toBe(200);
    expect(answer.headers['cache-control']).toBe('no-store');
    const again = await request(page);
    expect(again.headers['x-cache']).toBe('HIT');
    expect(again.body).not.toContain('sam-cache@example.org');
    expect(again.body).not.toContain('Bijna klaar');
  });
});
