import { describe, expect, test } from 'vitest';
import { withBuiltServerAndBrowser } from '../helpers/builtServerAndBrowser';

const env = withBuiltServerAndBrowser();

describe('redirects in Chromium', () => {
  test.each(['/%5CEVIL.example', '///EVIL.example', '/%09/EVIL.example', '/%5C%5CEVIL.example', '/\\EVIL.example', '/Stop-Kindermisbruik'])('%s stays on the site', async (path) => {
    const context = await env.browser.newContext();
    const page = await context.newPage();
    const offSite: string[] = [];
    // Nothing resolves outside loopback here, so record the attempt instead of waiting for it.
    page.on('request', (request) => {
      if (new URL(request.url()).origin !== new URL(env.server.url).origin) offSite.push(request.url());
    });
    await context.route((url) => url.origin !== new URL(env.server.url).origin, (route) => route.abort());
    await page.goto(`${env.server.url}${path}`).catch(() => undefined);
    expect(offSite).toEqual([]);
    expect(new URL(page.url()).origin).toBe(new URL(env.server.url).origin);
    await context.close();
  });
});
