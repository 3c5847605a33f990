import { describe, expect, test } from 'vitest';
import { recordRequests } from '../helpers/browser';
import { withBuiltServerAndBrowser } from '../helpers/builtServerAndBrowser';

const env = withBuiltServerAndBrowser();

describe('home page in Chromium', () => {
  test('sets no cookie and requests nothing from another origin', async () => {
    const context = await env.browser.newContext();
    const requests = recordRequests(context);
    const page = await context.newPage();
    await page.goto(`${env.server.url}/`, { waitUntil: 'networkidle' });
    expect(await page.textContent('body')).toContain('Ik maak me zorgen over mijzelf');
    expect(await context.cookies()).toEqual([]);
    const foreign = requests.map((r) => new URL(r.url())).filter((u) => u.origin !== env.server.url && u.protocol !== 'data:');
    expect(foreign.map(String)).toEqual([]);
    expect(requests.length).toBeGreaterThan(1);
    await context.close();
  });

  test('the admin shows Payload in Dutch, asking for the first account', async () => {
    const page = await env.browser.newPage();
    await page.goto(`${env.server.url}/admin`);
    await page.waitForURL(/\/admin\/create-first-user/);
    await page.waitForSelector('input[type="password"]');
    expect(await page.locator('html').getAttribute('lang')).toBe('nl');
    expect(await page.innerText('body')).toMatch(/Wachtwoord/);
    await page.close();
  });

  test('quick exit replaces the page, so Back does not return to the site', async () => {
    const context = await env.browser.newContext();
    const page = await context.newPage();
    await context.route('https://www.buienradar.nl/**', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<title>neutraal</title>' }));
    await page.goto(`${env.server.url}/`, { waitUntil: 'networkidle' });
    await page.goto(`${env.server.url}/zelfhulp`, { waitUntil: 'networkidle' });
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await page.waitForURL('https://www.buienradar.nl/**');
    await page.goBack();
    // Back skips the replaced page and lands on the page before it, not on /zelfhulp.
    expect(page.url()).not.toContain('/zelfhulp');
    await context.close();
  });
});
