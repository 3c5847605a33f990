import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createPreviewToken } from '../../cms/lib/previewToken';
import { startTestServer, type TestServer } from '../helpers/testServer';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.stop();
});

async function moduleBySlug(slug: string) {
  const { docs } = await server.payload.find({ collection: 'modules', where: { slug: { equals: slug } }, depth: 0, overrideAccess: true });
  return docs[0]!;
}

describe('course pages', () => {
  test('lists the 17 modules in order on /zelfhulp', async () => {
    const html = await (await server.get('/zelfhulp')).text();
    const numbers = [...html.matchAll(/>Module (\d+):/g)].map((m) => Number(m[1]));
    expect(numbers).toEqual(Array.from({ length: 17 }, (_, i) => i + 1));
  });

  test('renders a module with numbered exercises, the Vertrekpunt, its redo and neighbours', async () => {
    const html = await (await server.get('/zelfhulp/triggers')).text();
    expect(html).toContain('data-route="module:3"');
    expect(html).toContain('data-exercise="mijn-triggers"');
    expect(html).toMatch(/Oefening 1 van \d+/);
    expect(html).toContain('data-self-rating="before"');
    expect(html).toContain('data-self-rating="after"');
    expect(html).toContain('href="/zelfhulp/denkfouten"');
    expect(html).toContain('href="/zelfhulp/de-online-wereld"');
  });

  test('answers an unknown module with a helpful 404', async () => {
    const res = await server.get('/zelfhulp/bestaat-niet');
    expect(res.status).toBe(404);
    expect(await res.text()).toContain('/zelfhulp');
  });

  test('shows a published staff edit on the next request, but not a draft', async () => {
    const mod = await moduleBySlug('triggers');
    await server.get('/zelfhulp/triggers');
    await server.payload.update({ collection: 'modules', id: mod.id, data: { summary: 'Gepubliceerde samenvatting uit de test.', _status: 'published' } as never, overrideAccess: true });
    expect(await (await server.get('/zelfhulp/triggers')).text()).toContain('Gepubliceerde samenvatting uit de test.');

    await server.payload.update({ collection: 'modules', id: mod.id, draft: true, data: { summary: 'Conceptsamenvatting die niemand mag zien.' } as never, overrideAccess: true });
    const publicHtml = await (await server.get('/zelfhulp/triggers')).text();
    expect(publicHtml).not.toContain('Conceptsamenvatting');
    expect(await (await server.get('/zelfhulp')).text()).not.toContain('Conceptsamenvatting');
  });

  test('shows a draft only through a valid preview link, uncached and noindex', async () => {
    const mod = await moduleBySlug('triggers');
    await server.payload.update({ collection: 'modules', id: mod.id, draft: true, data: { summary: 'Alleen in het voorbeeld.' } as never, overrideAccess: true });
    const token = createPreviewToken('modules', mod.id);
    const preview = await server.get(`/zelfhulp/triggers?preview=${encodeURIComponent(token)}`);
    expect(await preview.text()).toContain('Alleen in het voorbeeld.');
    expect(preview.headers.get('cache-control')).toBe('no-store');
    expect(preview.headers.get('x-robots-tag')).toContain('noindex');

    const forged = `${token.slice(0, -3)}abc`;
    expect(await (await server.get(`/zelfhulp/triggers?preview=${encodeURIComponent(forged)}`)).text()).not.toContain('Alleen in het voorbeeld.');
    const expired = createPreviewToken('modules', mod.id, Date.now() - 2 * 60 * 60 * 1000);
    expect(await (await server.get(`/zelfhulp/triggers?preview=${encodeURIComponent(expired)}`)).text()).not.toContain('Alleen in het voorbeeld.');
    const otherDoc = createPreviewToken('modules', (await moduleBySlug('verslaving')).id);
    expect(await (await server.get(`/zelfhulp/triggers?preview=${encodeURIComponent(otherDoc)}`)).text()).not.toContain('Alleen in het voorbeeld.');
    // The preview did not poison the cache.
    expect(await (await server.get('/zelfhulp/triggers')).text()).not.toContain('Alleen in het voorbeeld.');
  });
});
