import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/testServer';
import { untilCached } from '../helpers/untilCached';

let server: TestServer;
let token: string;
const DAY = 24 * 60 * 60 * 1000;

function decodeQr(png: Buffer): string | null {
  const image = PNG.sync.read(png);
  return jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data ?? null;
}

async function createPage(path: string, extra: Record<string, unknown> = {}) {
  return server.payload.create({
    collection: 'pages',
    data: { title: `Test ${path}`, path, layout: [{ blockType: 'hero', heading: `Kop van ${path}` }], _status: 'published', ...extra } as never,
    overrideAccess: true,
  });
}

beforeAll(async () => {
  server = await startTestServer({ withAdmin: true });
  // The very first account always becomes an administrator; the editor is the second.
  await server.payload.create({ collection: 'users', data: { email: 'beheer@example.org', password: 'een-lang-test-wachtwoord-42', roles: ['admin'] } as never, overrideAccess: true });
  await server.payload.create({ collection: 'users', data: { email: 'redactie@example.org', password: 'een-lang-test-wachtwoord-42', roles: ['editor'] } as never, overrideAccess: true });
  const login = await server.get('/api/users/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'redactie@example.org', password: 'een-lang-test-wachtwoord-42' }),
  });
  expect(login.status).toBe(200);
  token = ((await login.json()) as { token: string }).token;
}, 240_000);
afterAll(async () => {
  await server?.stop();
});

describe('campaign sources', () => {
  test('QR codes download as SVG and PNG and decode to the short link, which leads to the page with the source', async () => {
    const page = await createPage('/test-campagne');
    const codes = ['test-bron-een', 'test-bron-twee'];
    for (const code of codes) {
      const source = await server.payload.create({ collection: 'campaign-sources', data: { code, label: code, channel: 'poster', page: page.id } as never, overrideAccess: true });
      const auth = { headers: { authorization: `JWT ${token}` } };
      const png = await server.get(`/api/campaign-sources/${source.id}/qr?format=png`, auth);
      expect(png.status).toBe(200);
      expect(png.headers.get('content-type')).toBe('image/png');
      const pngLink = decodeQr(Buffer.from(await png.arrayBuffer()));
      expect(pngLink).toMatch(new RegExp(`/k/${code}$`));

      const svg = await server.get(`/api/campaign-sources/${source.id}/qr?format=svg`, auth);
      expect(svg.headers.get('content-type')).toBe('image/svg+xml');
      const rendered = await sharp(Buffer.from(await svg.text())).resize(600).flatten({ background: '#ffffff' }).png().toBuffer();
      expect(decodeQr(rendered)).toBe(pngLink);

      const short = await server.get(new URL(pngLink!).pathname);
      expect(short.status).toBe(302);
      expect(short.headers.get('location')).toBe(`/test-campagne?bron=${code}`);
      const landing = await server.get(short.headers.get('location')!);
      expect(landing.status).toBe(200);
      expect(await landing.text()).toContain('data-route="page:test-campagne"');
    }
  });

  test('refuses QR downloads to visitors who are not logged in', async () => {
    const { docs } = await server.payload.find({ collection: 'campaign-sources', limit: 1, overrideAccess: true });
    expect((await server.get(`/api/campaign-sources/${docs[0]!.id}/qr?format=png`)).status).toBe(403);
  });

  test('refuses a code that another page already uses', async () => {
    const page = await createPage('/tweede-campagne');
    await expect(
      server.payload.create({ collection: 'campaign-sources', data: { code: 'test-bron-een', label: 'dubbel', channel: 'banner', page: page.id } as never, overrideAccess: true }),
    ).rejects.toThrow();
  });

  test('answers an unknown short code with a helpful page', async () => {
    const res = await server.get('/k/bestaat-niet');
    expect(res.status).toBe(404);
    const html = await res.text();
    expect(html).toContain('0800-266 64 36');
    expect(html).toContain('/zelfhulp');
  });
});

describe('publish window', () => {
  test('serves a page only during its window and shows the ended variant after it', async () => {
    const now = Date.now();
    await createPage('/nog-niet', { campaign: { startsAt: new Date(now + DAY).toISOString() } });
    await createPage('/loopt-nu', { campaign: { startsAt: new Date(now - DAY).toISOString(), endsAt: new Date(now + DAY).toISOString() } });
    await createPage('/afgelopen', { campaign: { startsAt: new Date(now - 2 * DAY).toISOString(), endsAt: new Date(now - DAY).toISOString() } });

    const notYet = await server.get('/nog-niet');
    expect(notYet.status).toBe(404);
    const notYetHtml = await notYet.text();
    expect(notYetHtml).not.toContain('Kop van /nog-niet');
    expect(notYetHtml).toContain('0800-266 64 36');

    const live = await server.get('/loopt-nu');
    expect(live.status).toBe(200);
    expect(await live.text()).toContain('Kop van /loopt-nu');

    const ended = await server.get('/afgelopen');
    expect(ended.status).toBe(200);
    const endedHtml = await ended.text();
    expect(endedHtml).toContain('Deze campagne is afgelopen');
    expect(endedHtml).not.toContain('Kop van /afgelopen');
  });

  test('shows the ended variant for an unpublished page, and redirects to a chosen target', async () => {
    const page = await createPage('/wordt-ingetrokken');
    expect(await (await server.get('/wordt-ingetrokken')).text()).toContain('Kop van /wordt-ingetrokken');
    await server.payload.update({ collection: 'pages', id: page.id, data: { _status: 'draft' } as never, overrideAccess: true });
    const ended = await server.get('/wordt-ingetrokken');
    expect(ended.status).toBe(200);
    expect(await ended.text()).toContain('Deze campagne is afgelopen');

    const target = await createPage('/nieuwe-actie');
    await createPage('/oude-actie', { campaign: { endsAt: new Date(Date.now() - DAY).toISOString(), endedTarget: target.id } });
    const redirect = await server.get('/oude-actie');
    expect(redirect.status).toBe(301);
    expect(redirect.headers.get('location')).toBe('/nieuwe-actie');
  });

  test('a draft that never went live is not found; scheduled publishing puts it live', async () => {
    const page = await server.payload.create({
      collection: 'pages',
      data: { title: 'Gepland', path: '/geplande-actie', layout: [{ blockType: 'hero', heading: 'Straks live' }], _status: 'draft' } as never,
      overrideAccess: true,
    });
    const before = await server.get('/geplande-actie');
    expect(before.status).toBe(404);
    expect(await before.text()).not.toContain('Straks live');

    // What the admin's "schedule publish" queues; the server's job runner picks it up every minute.
    await server.payload.jobs.queue({
      task: 'schedulePublish',
      input: { type: 'publish', doc: { relationTo: 'pages', value: String(page.id) } },
      waitUntil: new Date(Date.now() - 1000),
    } as never);
    await server.payload.jobs.run();
    const after = await server.get('/geplande-actie');
    expect(after.status).toBe(200);
    expect(await after.text()).toContain('Straks live');
  });

  test('redirects an old path to the current one after a rename, also for short links', async () => {
    const page = await createPage('/voor-de-rename');
    await server.payload.create({ collection: 'campaign-sources', data: { code: 'rename-bron', label: 'rename', channel: 'poster', page: page.id } as never, overrideAccess: true });
    await server.payload.update({ collection: 'pages', id: page.id, data: { path: '/na-de-rename', _status: 'published' } as never, overrideAccess: true });
    const old = await server.get('/voor-de-rename');
    expect(old.status).toBe(301);
    expect(old.headers.get('location')).toBe('/na-de-rename');
    expect((await server.get('/k/rename-bron')).headers.get('location')).toBe('/na-de-rename?bron=rename-bron');
  });
});

describe('html cache', () => {
  test('serves a published edit on the next request and never a draft edit', async () => {
    const page = await createPage('/cache-proef');
    expect((await server.get('/cache-proef')).headers.get('x-cache')).toBe('MISS');
    // Settled: the creation's invalidation comes back from the database once more (untilCached).
    await untilCached(async () => (await server.get('/cache-proef')).headers.get('x-cache'));

    await server.payload.update({ collection: 'pages', id: page.id, draft: true, data: { title: 'x', layout: [{ blockType: 'hero', heading: 'Concepttekst' }] } as never, overrideAccess: true });
    const afterDraft = await (await server.get('/cache-proef')).text();
    expect(afterDraft).not.toContain('Concepttekst');
    expect(afterDraft).toContain('Kop van /cache-proef');

    await server.payload.update({ collection: 'pages', id: page.id, data: { layout: [{ blockType: 'hero', heading: 'Gepubliceerde tekst' }], _status: 'published' } as never, overrideAccess: true });
    const afterPublish = await server.get('/cache-proef');
    expect(await afterPublish.text()).toContain('Gepubliceerde tekst');
  });

  test('invalidates per path: editing one page keeps the other cached', async () => {
    const a = await createPage('/cache-a');
    await createPage('/cache-b');
    await untilCached(async () => (await server.get('/cache-a')).headers.get('x-cache'));
    await untilCached(async () => (await server.get('/cache-b')).headers.get('x-cache'));
    await server.payload.update({ collection: 'pages', id: a.id, data: { title: 'A2', _status: 'published' } as never, overrideAccess: true });
    expect((await server.get('/cache-b')).headers.get('x-cache')).toBe('HIT');
    expect((await server.get('/cache-a')).headers.get('x-cache')).toBe('MISS');
  });
});

describe('page path validation', () => {
  test.each([
    ['/admin', 'in gebruik door de site'],
    ['/api/test', 'in gebruik door de site'],
    ['/zelfhulp', 'in gebruik door de site'],
    ['/lotgenotengroepen/x', 'in gebruik door de site'],
    ['/Hoofdletters', 'kleine letters'],
    ['/met spatie', 'alleen kleine letters, cijfers en streepjes'],
    ['/café', 'alleen kleine letters, cijfers en streepjes'],
    ['/../etc', 'alleen kleine letters, cijfers en streepjes'],
    ['zonder-slash', 'begint met een schuine streep'],
    ['/stop-kindermisbruik', 'wordt al gebruikt'],
  ])('refuses %s with a clear message', async (path, message) => {
    const error = (await createPage(path).then(
      () => null,
      (e: unknown) => e,
    )) as { data?: { errors?: { path: string; message: string }[] } } | null;
    expect(error, 'the page must not be created').not.toBeNull();
    const field = error?.data?.errors?.find((e) => e.path === 'path');
    expect(field?.message).toMatch(new RegExp(message, 'i'));
  });
});
