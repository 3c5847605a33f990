import fs from 'node:fs';
import type { Browser, BrowserContext, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeViolations, launchChromium, recordRequests, requestText, tabTo } from '../helpers/browser';
import { type BuiltServer, startBuiltServer } from '../helpers/builtServer';

let server: BuiltServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let requests: Request[];

// Unusual words, so finding them in any request proves a leak.
const TRIGGER_TEXT = 'Zondagavond-alleen-thuis-xq7';
const REFLECTION_TEXT = 'Verveling-na-ruzie-zb4';

beforeAll(async () => {
  server = await startBuiltServer();
  browser = await launchChromium();
  context = await browser.newContext({ acceptDownloads: true });
  requests = recordRequests(context);
  page = await context.newPage();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('a newcomer works through module 3 in Chromium', () => {
  test('answers are kept in the browser across a reload', async () => {
    await page.goto(`${server.url}/zelfhulp/triggers`, { waitUntil: 'load' });
    await page.check('#mijn-triggers-' + (await page.getAttribute('[data-exercise="mijn-triggers"] input[type=checkbox]', 'value')));
    await page.fill('[data-exercise="mijn-triggers"] textarea[data-path="other"]', TRIGGER_TEXT);
    await page.fill('[data-exercise="eigen-triggers"] textarea', REFLECTION_TEXT);
    await page.check('[data-rating="before"] input[value="1"] >> nth=0');
    await page.reload({ waitUntil: 'load' });
    expect(await page.inputValue('[data-exercise="mijn-triggers"] textarea[data-path="other"]')).toBe(TRIGGER_TEXT);
    expect(await page.inputValue('[data-exercise="eigen-triggers"] textarea')).toBe(REFLECTION_TEXT);
    expect(await page.isChecked('[data-exercise="mijn-triggers"] input[type=checkbox] >> nth=0')).toBe(true);
  });

  test('finishing shows the Vertrekpunt before and after, and the overview shows the module done', async () => {
    await page.check('[data-rating="after"] input[value="3"] >> nth=0');
    await page.click('[data-finish]');
    await page.waitForSelector('[data-finished]:not([hidden])');
    const row = page.locator('[data-compare] tbody tr').first();
    expect(await row.locator('[data-when="before"]').innerText()).not.toBe('niet ingevuld');
    expect(await row.locator('[data-when="after"]').innerText()).not.toBe('niet ingevuld');
    await page.goto(`${server.url}/zelfhulp`, { waitUntil: 'load' });
    expect(await page.locator('li[data-slug="triggers"] [data-status]').innerText()).toBe('Afgerond');
    // Module 3 is finished, so "continue" leads on to module 4.
    expect(await page.locator('[data-continue] a').innerText()).toMatch(/^Verder met module 4: /);
  });

  test('the plan shows the triggers they entered', async () => {
    await page.goto(`${server.url}/zelfhulp/mijn-plan`, { waitUntil: 'load' });
    const triggers = await page.locator('[data-section="triggers"] [data-content]').innerText();
    expect(triggers).toContain(TRIGGER_TEXT);
    expect(triggers).toContain(REFLECTION_TEXT);
    expect(await page.locator('[data-section="goals"] [data-empty] a').getAttribute('href')).toMatch(/^\/zelfhulp\//);
  });

  test('export with a passphrase, erase, wrong passphrase refused, import brings everything back', async () => {
    page.on('dialog', (dialog) => void dialog.accept());
    await page.goto(`${server.url}/privacy`, { waitUntil: 'load' });
    await page.fill('#export-pass', 'lange zin als wachtwoord');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-export]')]);
    const file = await download.path();
    const exported = fs.readFileSync(file, 'utf8');
    expect(exported).not.toContain(TRIGGER_TEXT);
    expect(JSON.parse(exported)).toMatchObject({ encrypted: true, kdf: { iterations: expect.any(Number) } });

    await page.click('[data-erase]');
    await page.goto(`${server.url}/zelfhulp/triggers`, { waitUntil: 'load' });
    expect(await page.inputValue('[data-exercise="eigen-triggers"] textarea')).toBe('');

    await page.goto(`${server.url}/privacy`, { waitUntil: 'load' });
    await page.setInputFiles('#import-file', file);
    await page.fill('#import-pass', 'verkeerd wachtwoord');
    await page.click('[data-import]');
    await expect.poll(() => page.locator('[data-tools-message]').innerText()).toContain('wachtwoord klopt niet');
    await page.goto(`${server.url}/zelfhulp/triggers`, { waitUntil: 'load' });
    expect(await page.inputValue('[data-exercise="eigen-triggers"] textarea')).toBe('');

    await page.goto(`${server.url}/privacy`, { waitUntil: 'load' });
    await page.setInputFiles('#import-file', file);
    await page.fill('#import-pass', 'lange zin als wachtwoord');
    await page.click('[data-import]');
    await expect.poll(() => page.locator('[data-tools-message]').innerText()).toContain('teruggezet');
    await page.goto(`${server.url}/zelfhulp/triggers`, { waitUntil: 'load' });
    expect(await page.inputValue('[data-exercise="eigen-triggers"] textarea')).toBe(REFLECTION_TEXT);
    await page.goto(`${server.url}/zelfhulp`, { waitUntil: 'load' });
    expect(await page.locator('li[data-slug="triggers"] [data-status]').innerText()).toBe('Afgerond');
  });

  test('no request carried a typed answer, no cookie was set, nothing went to another origin', async () => {
    expect(requests.length).toBeGreaterThan(10);
    for (const request of requests) {
      const text = requestText(request);
      expect(text).not.toContain(TRIGGER_TEXT);
      expect(text).not.toContain(REFLECTION_TEXT);
      expect(new URL(request.url()).origin).toBe(server.url);
    }
    expect(await context.cookies()).toEqual([]);
  });
});

describe('when the browser keeps nothing', () => {
  test('the course still works for the visit and says plainly that progress is not kept', async () => {
    const blocked = await browser.newContext();
    await blocked.addInitScript(() => {
      const refuse = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
      Storage.prototype.setItem = refuse;
    });
    const p = await blocked.newPage();
    const errors: string[] = [];
    p.on('pageerror', (e) => errors.push(e.message));
    await p.goto(`${server.url}/zelfhulp/triggers`, { waitUntil: 'load' });
    expect(await p.isVisible('[data-when="memory"]')).toBe(true);
    expect(await p.isVisible('[data-when="persistent"]')).toBe(false);
    await p.fill('[data-exercise="eigen-triggers"] textarea', 'tijdelijk antwoord');
    await p.click('[data-finish]');
    await p.waitForSelector('[data-finished]:not([hidden])');
    expect(errors).toEqual([]);
    await blocked.close();
  });
});

describe('keyboard and accessibility', () => {
  test('a module can be completed with the keyboard only', async () => {
    const keyboardContext = await browser.newContext();
    const kb = await keyboardContext.newPage();
    await kb.goto(`${server.url}/zelfhulp/verslaving`, { waitUntil: 'load' });
    await tabTo(kb, '[data-rating="before"] input[type=radio]');
    await kb.keyboard.press('ArrowDown');
    await tabTo(kb, '[data-exercise] input[type=radio]');
    await kb.keyboard.press('ArrowRight');
    await tabTo(kb, '[data-exercise] input[type=checkbox]');
    await kb.keyboard.press('Space');
    await tabTo(kb, '[data-exercise] input[type=text]');
    await kb.keyboard.type('Na het werk, moe');
    await tabTo(kb, '[data-finish]');
    await kb.keyboard.press('Enter');
    await kb.waitForSelector('[data-finished]:not([hidden])');
    expect(await kb.evaluate(() => document.activeElement?.matches('[data-finished]'))).toBe(true);
    await kb.goto(`${server.url}/zelfhulp`, { waitUntil: 'load' });
    expect(await kb.locator('li[data-slug="verslaving"] [data-status]').innerText()).toBe('Afgerond');
    await keyboardContext.close();
  });

  test.each(['/', '/zelfhulp', '/zelfhulp/verslaving', '/zelfhulp/mijn-plan', '/privacy', '/stop-kindermisbruik', '/bestaat-niet'])(
    'axe-core finds no WCAG 2.2 AA violations on %s',
    async (path) => {
      const a11y = await browser.newPage();
      await a11y.goto(`${server.url}${path}`, { waitUntil: 'load' });
      expect(await axeViolations(a11y)).toEqual([]);
      await a11y.close();
    },
  );
});
