import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium, recordRequests, requestText, VISITOR_USER_AGENT } from '../helpers/browser';
import { type BuiltServer, startBuiltServer } from '../helpers/builtServer';
import { firstAdminToken } from '../helpers/firstAdminToken';

let server: BuiltServer;
let browser: Browser;
let analyst: BrowserContext;
let analystToken: string;
const DAY = 24 * 60 * 60 * 1000;
const ANSWER = 'Geheim-antwoord-k9w';

function ymd(time: number): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date(time));
}

async function dashboard() {
  const res = await fetch(`${server.url}/api/analytics-counters/dashboard?from=${ymd(Date.now() - DAY)}&to=${ymd(Date.now() + DAY)}`, {
    headers: { authorization: `JWT ${analystToken}` },
  });
  expect(res.status).toBe(200);
  return (await res.json()) as {
    totals: { visits: number; returningVisits: number; moduleStarts: number };
    modules: { module: number; starts: number; views: number }[];
    campaigns: { sources: { code: string; visits: number; moduleStarts: number }[] }[];
  };
}

/** The beacon buffer is written at least every 5 s. */
const afterFlush = () => new Promise((r) => setTimeout(r, 6_000));

beforeAll(async () => {
  server = await startBuiltServer();
  browser = await launchChromium();
  const token = await firstAdminToken(server.url);
  const made = await fetch(`${server.url}/api/users`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
    body: JSON.stringify({ email: 'analist@example.org', password: 'analist-wachtwoord-123456', roles: ['analyst'] }),
  });
  expect(made.status).toBe(201);
  analyst = await browser.newContext();
  const login = await analyst.request.post(`${server.url}/api/users/login`, { data: { email: 'analist@example.org', password: 'analist-wachtwoord-123456' } });
  expect(login.status()).toBe(200);
  analystToken = ((await login.json()) as { token: string }).token;
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('anonymous analytics end to end', () => {
  test('a campaign visit, a module start and a return visit on a later day are counted, without answers', async () => {
    const visitor = await browser.newContext({ userAgent: VISITOR_USER_AGENT });
    const requests = recordRequests(visitor);
    const first = await visitor.newPage();
    await first.goto(`${server.url}/k/poster-utrecht`, { waitUntil: 'networkidle' });
    await first.goto(`${server.url}/zelfhulp/fantasieen`, { waitUntil: 'networkidle' });
    await first.fill('[data-exercise] textarea >> nth=0', ANSWER);
    await first.waitForTimeout(500);
    await first.close();

    // A new tab is a new visit; the browser clock says it is the next day.
    const later = await visitor.newPage();
    await later.clock.install({ time: new Date(Date.now() + DAY) });
    await later.goto(`${server.url}/zelfhulp`, { waitUntil: 'networkidle' });
    await later.close();

    await afterFlush();
    const data = await dashboard();
    expect(data.totals.visits).toBe(2);
    expect(data.totals.returningVisits).toBe(1);
    expect(data.modules.find((m) => m.module === 6)).toMatchObject({ starts: 1, views: 1 });
    const source = data.campaigns.flatMap((c) => c.sources).find((s) => s.code === 'poster-utrecht');
    expect(source).toMatchObject({ visits: 1, moduleStarts: 1 });

    const sent = requests.filter((r) => r.url().endsWith('/beacon'));
    expect(sent.length).toBeGreaterThanOrEqual(4);
    for (const request of requests) expect(requestText(request)).not.toContain(ANSWER);
    await visitor.close();
  });

  test('with Global Privacy Control on, nothing is counted', async () => {
    const before = await dashboard();
    const visitor = await browser.newContext({ userAgent: VISITOR_USER_AGENT });
    await visitor.addInitScript(() => Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true }));
    const page = await visitor.newPage();
    await page.goto(`${server.url}/k/banner-netwerk-a`, { waitUntil: 'networkidle' });
    await page.goto(`${server.url}/zelfhulp/triggers`, { waitUntil: 'networkidle' });
    await page.fill('[data-exercise] textarea >> nth=0', 'iets');
    await visitor.close();
    await afterFlush();
    expect(await dashboard()).toEqual(before);
  });

  test('the statistics view opens in the admin for an analyst', async () => {
    const page = await analyst.newPage();
    await page.goto(`${server.url}/admin/statistieken`);
    // The figures arrive after the page (a fetch once the view is hydrated): wait for them.
    await page.locator('.sin-dash__tile').first().waitFor({ timeout: 60_000 });
    // The table of sources may render a moment after the tiles.
    await page.getByText(/Toiletposter Utrecht|poster-utrecht/).first().waitFor({ timeout: 30_000 });
    await page.screenshot({ path: '/tmp/dashboard.png', fullPage: true }).catch(() => undefined);
    const text = await page.innerText('body');
    expect(text).toMatch(/Bezoeken/);
    expect(text).toMatch(/Toiletposter Utrecht|poster-utrecht/);
    await page.close();
  });
});
