import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { htmlDecode } from '../helpers/contactPages';
import { startTestServer, type TestServer } from '../helpers/testServer';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.stop();
});

const NOT_FOUND_START = '/deze-pagina-bestaat-niet';

interface Visit {
  status: number;
  from: string;
}

/** Every href/src/action in the HTML, decoded. */
function linksIn(html: string): { attr: string; value: string; tag: string }[] {
  return [...html.matchAll(/<(a|link|script|img|form|iframe|source)\b([^>]*)>/gi)].flatMap(([, tag = '', attrs = '']) =>
    [...attrs.matchAll(/\b(href|src|action)="([^"]*)"/gi)].map(([, attr = '', value = '']) => ({ tag: tag.toLowerCase(), attr, value: htmlDecode(value), attrs })),
  );
}

/**
 * Crawls the seeded site from the home page, every published page, every campaign short link
 * and a not-found page, following every internal link (redirects too), and records the answer
 * of each. External links are not followed, only checked for rel="noreferrer".
 */
async function crawl() {
  const { docs: pages } = await server.payload.find({ collection: 'pages', pagination: false, depth: 0, overrideAccess: false });
  const { docs: sources } = await server.payload.find({ collection: 'campaign-sources', pagination: false, depth: 0, overrideAccess: true });
  const queue: { path: string; from: string }[] = [
    { path: '/', from: '(start)' },
    { path: NOT_FOUND_START, from: '(start)' },
    ...pages.map((p) => ({ path: String(p.path), from: '(published page)' })),
    ...sources.map((s) => ({ path: `/k/${s.code}`, from: '(campaign source)' })),
  ];
  const visited = new Map<string, Visit>();
  const problems: string[] = [];
  const htmlPages = new Map<string, string>();
  while (queue.length > 0) {
    const { path, from } = queue.shift()!;
    if (visited.has(path)) continue;
    const response = await server.get(path);
    visited.set(path, { status: response.status, from });
    if (response.status >= 300 && response.status < 400) {
      const location = new URL(response.headers.get('location') ?? '', `${server.url}${path}`);
      if (location.origin === server.url) queue.push({ path: `${location.pathname}${location.search}`, from: path });
      continue;
    }
    if (!(response.headers.get('content-type') ?? '').includes('text/html')) continue;
    const html = await response.text();
    htmlPages.set(path, html);
    for (const { tag, attr, value, attrs } of linksIn(html) as { tag: string; attr: string; value: string; attrs: string }[]) {
      if (/^(tel|mailto):/i.test(value) || value.startsWith('#') || value === '') continue;
      const url = new URL(value, `${server.url}${path}`);
      if (url.origin !== server.url) {
        if (tag === 'a' && !/\brel="[^"]*noreferrer/.test(attrs)) problems.push(`${path}: link to ${value} without rel="noreferrer"`);
        if (tag !== 'a') problems.push(`${path}: loads ${value} from another origin (<${tag} ${attr}>)`);
        continue;
      }
      // Forms post; their address must still exist (a GET shows the form or leads to it).
      queue.push({ path: `${url.pathname}${url.search}`, from: path });
    }
  }
  return { visited, problems, htmlPages };
}

describe('link crawl of the seeded site', () => {
  let result: Awaited<ReturnType<typeof crawl>>;
  beforeAll(async () => {
    result = await crawl();
  }, 240_000);

  test('no internal link answers 4xx or 5xx (only the not-found page we asked for is 404)', () => {
    const broken = [...result.visited].filter(([path, visit]) => visit.status >= 400 && path !== NOT_FOUND_START).map(([path, v]) => `${v.status} ${path} (linked from ${v.from})`);
    expect(broken).toEqual([]);
    expect(result.visited.get(NOT_FOUND_START)?.status).toBe(404);
  });

  test('reaches module pages, landing pages, group pages, the contact pages and the not-found page', () => {
    const paths = [...result.visited.keys()];
    expect(paths.filter((p) => /^\/zelfhulp\/[a-z0-9-]+$/.test(p) && p !== '/zelfhulp/mijn-plan').length).toBeGreaterThanOrEqual(17);
    expect(paths.some((p) => /^\/lotgenotengroepen\/[a-z0-9-]+$/.test(p))).toBe(true);
    expect(paths.some((p) => p.startsWith('/k/'))).toBe(true);
    expect(paths).toEqual(expect.arrayContaining(['/', '/zelfhulp', '/lotgenotengroepen', '/privacy', '/contact', '/contact/gesprek', NOT_FOUND_START]));
    expect(result.visited.size).toBeGreaterThan(30);
  });

  test('links to other sites carry rel="noreferrer", and nothing is loaded from another origin', () => {
    expect(result.problems).toEqual([]);
  });

  test('every page offers the crisis lines and what to do when afraid to act on feelings towards a child now', () => {
    const missing: string[] = [];
    const timesShown = (html: string) => html.split('Ben je bang dat je nu iets doet met een kind?').length - 1;
    for (const [path, html] of result.htmlPages) {
      if (!html.includes('Direct hulp nodig?') || !html.includes('href="tel:08000113"') || !html.includes('href="tel:112"')) missing.push(`${path}: crisis lines`);
      if (timesShown(html) < 1) missing.push(`${path}: no child-safety message`);
    }
    expect(missing).toEqual([]);
    // Where the help options and the crisis block meet, the message is not said twice.
    for (const path of ['/', '/zelfhulp', '/lotgenotengroepen', '/privacy', '/contact', '/contact/gesprek', NOT_FOUND_START]) {
      expect(timesShown(result.htmlPages.get(path) ?? ''), path).toBe(1);
    }
  });

  test('the seeded helpline offers no chat (it has no address) and no link to a page that does not exist', () => {
    const home = result.htmlPages.get('/') ?? '';
    expect(home).not.toContain('Start een chat');
    expect(home).not.toContain('/contact/chat');
    expect(home).toContain('href="/contact"');
    expect(home).toMatch(/maandag 09:00–17:00 en 19:00–21:00/);
  });
});
