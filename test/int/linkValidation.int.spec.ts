import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startTestPayload, type TestPayload } from '../helpers/testPayload';

let t: TestPayload;
let check: (href: string) => Promise<true | string>;

beforeAll(async () => {
  t = await startTestPayload({ seed: true });
  const { checkInternalLink } = await import('../../cms/fields/checkInternalLink');
  check = (href) => checkInternalLink(t.payload, href);
  await t.payload.create({ collection: 'pages', draft: true, data: { title: 'Concept', path: '/nog-een-concept', layout: [{ blockType: 'hero', heading: 'x' }], _status: 'draft' } as never, overrideAccess: true });
  const moved = await t.payload.create({ collection: 'pages', data: { title: 'Verhuisd', path: '/oude-plek', layout: [{ blockType: 'hero', heading: 'x' }], _status: 'published' } as never, overrideAccess: true });
  await t.payload.update({ collection: 'pages', id: moved.id, data: { path: '/nieuwe-plek', _status: 'published' } as never, overrideAccess: true });
  const later = Date.now() + 10 * 24 * 60 * 60 * 1000;
  await t.payload.create({
    collection: 'pages',
    data: { title: 'Later', path: '/campagne-later', layout: [{ blockType: 'hero', heading: 'x' }], campaign: { startsAt: new Date(later).toISOString() }, _status: 'published' } as never,
    overrideAccess: true,
  });
});
afterAll(async () => {
  await t?.close();
});

const hero = (href: string) => ({ blockType: 'callToAction', heading: 'Kop', linkLabel: 'Ga', href });
const richLink = (url: string) => ({
  root: {
    type: 'root',
    direction: 'ltr',
    format: '',
    indent: 0,
    version: 1,
    children: [
      {
        type: 'paragraph',
        direction: 'ltr',
        format: '',
        indent: 0,
        version: 1,
        textFormat: 0,
        textStyle: '',
        children: [{ type: 'link', direction: 'ltr', format: '', indent: 0, version: 3, fields: { url, linkType: 'custom', newTab: false }, children: [{ type: 'text', text: 'hier', format: 0, detail: 0, mode: 'normal', style: '', version: 1 }] }],
      },
    ],
  },
});

describe('checkInternalLink', () => {
  test('accepts the site routes, published modules, groups, pages and campaign short links', async () => {
    for (const href of ['/', '/zelfhulp', '/zelfhulp/mijn-plan', '/lotgenotengroepen', '/privacy', '/contact', '/contact/gesprek', '/zelfhulp/begrijpen-waarom', '/lotgenotengroepen/amsterdam-voorjaar', '/over-ons', '/k/poster-utrecht', '/hulp-bij-kijkgedrag', '/zelfhulp/?x=1#oefening', '/privacy#wissen']) {
      expect(await check(href), href).toBe(true);
    }
  });

  test('leaves links to other sites, phone numbers and e-mail to the format check', async () => {
    for (const href of ['https://www.113.nl/', 'tel:112', 'mailto:info@example.org']) expect(await check(href)).toBe(true);
  });

  test('refuses, in Dutch, what a visitor could not open, and says what to do', async () => {
    expect(await check('/bestaat-niet')).toMatch(/^Er is geen pagina met het adres \/bestaat-niet\. Kies een bestaande pagina/);
    expect(await check('/zelfhulp/bestaat-niet')).toMatch(/geen gepubliceerde module met het adres \/zelfhulp\/bestaat-niet/);
    expect(await check('/lotgenotengroepen/bestaat-niet')).toMatch(/geen gepubliceerde lotgenotengroep/);
    expect(await check('/k/onbekend')).toMatch(/geen campagnebron met de code onbekend/);
    expect(await check('/nog-een-concept')).toMatch(/nog niet gepubliceerd/);
    expect(await check('/oude-plek')).toBe('De pagina /oude-plek heeft nu het adres /nieuwe-plek. Gebruik dat adres.');
    expect(await check('/campagne-later')).toMatch(/campagne begint later/);
    expect(await check('/Zelfhulp')).toBe('Gebruik alleen kleine letters in het adres: /zelfhulp');
    expect(await check('/lotgenotengroepen/bevestigen')).toMatch(/alleen met een link uit een e-mail/);
    expect(await check('/contact/chat')).toMatch(/Er is geen pagina met het adres \/contact\/chat/);
  });
});

describe('links an editor sets are validated when saving', () => {
  test('a call-to-action to a page that does not exist cannot be saved', async () => {
    const attempt = t.payload.create({ collection: 'pages', data: { title: 'Met fout', path: '/met-fout', layout: [hero('/bestaat-niet')], _status: 'published' } as never, overrideAccess: true });
    await expect(attempt).rejects.toMatchObject({ data: { errors: [expect.objectContaining({ message: expect.stringMatching(/geen pagina met het adres \/bestaat-niet/) })] } });
    const ok = await t.payload.create({ collection: 'pages', data: { title: 'Goed', path: '/met-goede-link', layout: [hero('/contact')], _status: 'published' } as never, overrideAccess: true });
    expect(ok.id).toBeTruthy();
  });

  test('a link in rich text to a page that does not exist cannot be saved', async () => {
    const content = (url: string) => ({ blockType: 'content', body: richLink(url) });
    const attempt = t.payload.create({ collection: 'pages', data: { title: 'Tekst', path: '/tekst-met-fout', layout: [content('/bestaat-niet')], _status: 'published' } as never, overrideAccess: true });
    await expect(attempt).rejects.toMatchObject({ data: { errors: [expect.objectContaining({ path: 'layout.0.body' })] } });
    const ok = await t.payload.create({ collection: 'pages', data: { title: 'Tekst', path: '/tekst-goed', layout: [content('/zelfhulp')], _status: 'published' } as never, overrideAccess: true });
    expect(ok.id).toBeTruthy();
  });

  test('an external rich-text link is rendered with rel="noreferrer"', async () => {
    const { richTextToHtml } = await import('../../cms/siteData/richTextToHtml');
    expect(richTextToHtml(richLink('https://www.113.nl/'))).toContain('<a href="https://www.113.nl/" rel="noreferrer">hier</a>');
    expect(richTextToHtml(richLink('/zelfhulp'))).toContain('<a href="/zelfhulp">hier</a>');
    expect(richTextToHtml(richLink('javascript:alert(1)'))).toContain('<a href="#">');
  });

  test('drafts may hold a link that is not there yet; publishing checks it', async () => {
    const draft = await t.payload.create({ collection: 'pages', draft: true, data: { title: 'Concept met link', path: '/concept-met-link', layout: [hero('/komt-nog')], _status: 'draft' } as never, overrideAccess: true });
    expect(draft.id).toBeTruthy();
    await expect(t.payload.update({ collection: 'pages', id: draft.id, data: { _status: 'published' } as never, overrideAccess: true })).rejects.toThrow();
  });
});
