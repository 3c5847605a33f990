import { describe, expect, test } from 'vitest';
import { axeViolations, recordRequests } from '../helpers/browser';
import { withBuiltServerAndBrowser } from '../helpers/builtServerAndBrowser';

const env = withBuiltServerAndBrowser();

const beacons = (requests: ReturnType<typeof recordRequests>) =>
  requests.filter((r) => r.url().endsWith('/beacon') && r.method() === 'POST').map((r) => JSON.parse(r.postData() ?? '{}'));

describe('a campaign visit in Chromium', () => {
  test('a short link lands on the page, hands the source to analytics and removes it from the address bar', async () => {
    const context = await env.browser.newContext();
    const requests = recordRequests(context);
    const page = await context.newPage();
    await page.goto(`${env.server.url}/k/poster-utrecht`, { waitUntil: 'networkidle' });
    expect(new URL(page.url()).pathname).toBe('/hulp-bij-kijkgedrag');
    expect(new URL(page.url()).search).toBe('');
    expect(await page.evaluate(() => localStorage.getItem('sin.visitSource'))).toBe('poster-utrecht');
    await expect.poll(() => beacons(requests).length).toBeGreaterThan(0);
    expect(beacons(requests)[0]).toMatchObject({ route: 'page:hulp-bij-kijkgedrag', source: 'poster-utrecht', landing: true, newVisit: true });

    // Later pages in the same visit stay attributed to the campaign, without "landing".
    await page.goto(`${env.server.url}/zelfhulp/fantasieen`, { waitUntil: 'networkidle' });
    await expect.poll(() => beacons(requests).length).toBeGreaterThan(1);
    const second = beacons(requests)[1];
    expect(second).toMatchObject({ route: 'module:6', source: 'poster-utrecht', newVisit: false });
    expect(second.landing).toBeUndefined();

    for (const body of beacons(requests)) expect(Object.keys(body).sort()).toEqual(expect.arrayContaining(['route', 'event']));
    expect(await context.cookies()).toEqual([]);
    expect(requests.every((r) => new URL(r.url()).origin === env.server.url || r.url().startsWith('data:'))).toBe(true);
    await context.close();
  });

  test('with Global Privacy Control on, no beacon is sent', async () => {
    const context = await env.browser.newContext();
    await context.addInitScript(() => Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true }));
    const requests = recordRequests(context);
    const page = await context.newPage();
    await page.goto(`${env.server.url}/k/banner-netwerk-a`, { waitUntil: 'networkidle' });
    await page.goto(`${env.server.url}/zelfhulp`, { waitUntil: 'networkidle' });
    expect(beacons(requests)).toEqual([]);
    await context.close();
  });

  test('an unknown address gets a helpful, accessible page', async () => {
    const page = await env.browser.newPage();
    await page.goto(`${env.server.url}/bestaat-niet-meer`, { waitUntil: 'networkidle' });
    expect(await page.textContent('h1')).toBeTruthy();
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});
