import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { codeFor } from '../helpers/secondFactor';
import { withBuiltServerAndBrowser } from '../helpers/builtServerAndBrowser';

const env = withBuiltServerAndBrowser();
const EMAIL = 'beheer@example.org';
const PASSWORD = 'fiets regen koffie om acht';
/** Screenshots for people to look at, only when asked for (SCREENSHOT_DIR): encoding them costs CI time. */
const SHOTS = process.env.SCREENSHOT_DIR;
const shoot = (page: Page, name: string, fullPage = true) => (SHOTS ? page.screenshot({ path: `${SHOTS}/${name}`, fullPage }) : undefined);
let context: BrowserContext;
let page: Page;
let secret = '';
let recoveryCodes: string[] = [];
let lastStep = 0;

beforeAll(async () => {
  // A staff member in the Netherlands whose computer happens to be set to UTC.
  context = await env.browser.newContext({ locale: 'nl-NL', timezoneId: 'UTC', viewport: { width: 1366, height: 900 } });
  page = await context.newPage();
});
afterAll(async () => {
  await context?.close();
});

/** A code the server has not seen yet: from a later 30-second period than the last one used. */
async function freshCode(): Promise<string> {
  for (;;) {
    const now = Math.floor(Date.now() / 30_000);
    const step = Math.max(now, lastStep + 1);
    if (step <= now + 1) {
      lastStep = step;
      return codeFor(secret, step * 30_000 + 1_000);
    }
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
}

/** What `fetch` from the page gets: the browser's own session cookie, nothing else. */
const statusOf = (path: string) => page.evaluate(async (p) => (await fetch(p, { credentials: 'include' })).status, path);

async function signInWithPassword() {
  await page.goto(`${env.server.url}/admin/login`);
  await page.fill('input[name="email"]', EMAIL);
  await page.fill('input[name="password"]', PASSWORD);
  await Promise.all([page.waitForURL(/\/admin\/tweestapsverificatie/, { timeout: 60_000 }), page.click('button[type="submit"]')]);
}

async function signOut() {
  await page.goto(`${env.server.url}/admin/logout`);
  await page.waitForURL(/\/admin\/login/, { timeout: 60_000 });
}

async function giveCode(value: string) {
  await page.fill('.sin-2fa__form input', value);
  await page.click('.sin-2fa__form button[type="submit"]');
}

describe('staff sign-in with two steps (Chromium)', () => {
  test('the first account shows the role it gets, refuses a short password and must set up an app before anything else', async () => {
    await page.goto(`${env.server.url}/admin`);
    await page.waitForURL(/\/admin\/create-first-user/, { timeout: 60_000 });
    await page.waitForSelector('input[name="email"]');
    // The account will be an administrator, and the form says so (no role to pick that would be ignored).
    await expect.poll(() => page.locator('.sin-first-role').innerText()).toContain('Beheerder (alles)');
    expect(await page.locator('#field-roles').count()).toBe(0);

    await page.fill('input[name="email"]', EMAIL);
    await page.fill('input[name="password"]', 'kort');
    await page.fill('input[name="confirm-password"]', 'kort');
    await expect.poll(() => page.locator('.sin-password').innerText()).toContain('minstens 12');
    await page.click('button[type="submit"]');
    // The server refuses it too (the check in the browser only explains).
    await expect.poll(() => page.locator('body').innerText(), { timeout: 30_000 }).toMatch(/ongeldig: Wachtwoord/);
    await shoot(page, 'first-user-weak-password.png');
    expect(page.url()).toContain('/admin/create-first-user');

    await page.fill('input[name="password"]', PASSWORD);
    await page.fill('input[name="confirm-password"]', PASSWORD);
    await expect.poll(() => page.locator('.sin-password').innerText()).toContain('Sterk genoeg');
    await Promise.all([page.waitForURL(/\/admin\/tweestapsverificatie/, { timeout: 60_000 }), page.click('button[type="submit"]')]);

    await page.waitForSelector('img.sin-2fa__qr');
    await shoot(page, '2fa-setup.png');
    await page.click('.sin-2fa__manual summary');
    secret = (await page.locator('.sin-2fa__secret').innerText()).replace(/\s+/g, '');
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);

    // No code yet: the admin sends you back, and the API gives nothing.
    await page.goto(`${env.server.url}/admin/collections/registrations`);
    await page.waitForURL(/\/admin\/tweestapsverificatie/);
    expect(await statusOf('/api/registrations')).toBe(403);
    expect(await statusOf('/api/users')).toBe(200);

    await giveCode('123456');
    await expect.poll(() => page.locator('.sin-2fa__error').innerText()).toMatch(/klopt niet/);
    await giveCode(await freshCode());
    await page.waitForSelector('.sin-2fa__code-list');
    recoveryCodes = await page.locator('.sin-2fa__code-list code').allInnerTexts();
    expect(recoveryCodes).toHaveLength(10);
    await shoot(page, '2fa-recovery-codes.png');
    expect(await page.locator('.sin-2fa__codes button.btn--style-primary').isDisabled()).toBe(true);
    await page.check('.sin-2fa__check input');
    await Promise.all([page.waitForURL(`${env.server.url}/admin`), page.click('.sin-2fa__codes button.btn--style-primary')]);
    expect(await statusOf('/api/registrations')).toBe(200);
  });

  test('after logging out, the password alone reaches nothing; the code computed from the secret lets you in', async () => {
    await signOut();
    await signInWithPassword();
    expect(await statusOf('/api/registrations')).toBe(403);
    await page.goto(`${env.server.url}/admin`);
    await page.waitForURL(/\/admin\/tweestapsverificatie/);
    await shoot(page, '2fa-verify.png');
    await Promise.all([page.waitForURL(`${env.server.url}/admin`, { timeout: 60_000 }), giveCode(await freshCode())]);
    expect(await statusOf('/api/registrations')).toBe(200);
  });

  test('a recovery code works once', async () => {
    await signOut();
    await signInWithPassword();
    await page.click('text=Gebruik een herstelcode');
    await Promise.all([page.waitForURL(`${env.server.url}/admin`, { timeout: 60_000 }), giveCode(recoveryCodes[0]!)]);
    expect(await statusOf('/api/registrations')).toBe(200);

    await signOut();
    await signInWithPassword();
    await page.click('text=Gebruik een herstelcode');
    await giveCode(recoveryCodes[0]!);
    await expect.poll(() => page.locator('.sin-2fa__error').innerText()).toMatch(/klopt niet/);
    expect(await statusOf('/api/registrations')).toBe(403);
    await Promise.all([page.waitForURL(`${env.server.url}/admin`, { timeout: 60_000 }), giveCode(recoveryCodes[1]!)]);
  });
});

/** Words and formats that must not reach a Dutch, non-technical editor (issue #14). */
const FORBIDDEN: [string, RegExp][] = [
  ['"Voeg … toe"', /Voeg \S+ toe/],
  ['Layout', /\bLayout\b/],
  ['"Statement 01"', /Statement \d/],
  ['"Item 01"', /\bItem \d/],
  ['togglen', /togglen/i],
  ['Zonder titel', /Zonder titel/],
  ['onwaar', /\bonwaar\b/i],
  ['Geen "…"', /Geen "/],
  ['Vaste sleutel', /Vaste sleutel/],
  ['English dates', /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{1,2}, \d{4}/],
  ['AM/PM', /\d (AM|PM)\b/],
];

async function idOf(collection: string, where: string): Promise<number> {
  const body = (await page.evaluate(async (url) => (await fetch(url, { credentials: 'include' })).json(), `/api/${collection}?${where}&depth=0&limit=1`)) as { docs: { id: number }[] };
  return body.docs[0]!.id;
}

/** Opens an admin page and scrolls through it: the admin renders fields only once they come into view. */
async function visit(path: string): Promise<{ status: number; text: string }> {
  const response = await page.goto(`${env.server.url}${path}`, { waitUntil: 'networkidle', timeout: 90_000 });
  await page.waitForSelector('.template-default', { timeout: 60_000 });
  const height = await page.evaluate(() => document.body.scrollHeight);
  for (let y = 0; y < height; y += 600) {
    await page.evaluate((top) => window.scrollTo(0, top), y);
    await page.waitForTimeout(100);
  }
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForTimeout(500);
  return { status: response?.status() ?? 0, text: await page.locator('body').innerText() };
}

describe('the admin in Dutch for editors', () => {
  test('modules, pages, groups, registrations and campaign sources answer 200 with none of the English or technical words', async () => {
    const moduleId = await idOf('modules', 'where[number][equals]=5');
    const pageId = await idOf('pages', 'where[path][equals]=/');
    const onlineGroupId = await idOf('groups', 'where[slug][equals]=online-voorjaar');
    const registrationId = await idOf('registrations', 'sort=createdAt');
    const sourceId = await idOf('campaign-sources', 'where[code][equals]=poster-utrecht');
    const paths = [
      '/admin/collections/modules',
      `/admin/collections/modules/${moduleId}`,
      '/admin/collections/pages',
      `/admin/collections/pages/${pageId}`,
      '/admin/collections/groups',
      `/admin/collections/groups/${onlineGroupId}`,
      '/admin/collections/registrations',
      `/admin/collections/registrations/${registrationId}`,
      '/admin/collections/campaign-sources',
      `/admin/collections/campaign-sources/${sourceId}`,
    ];
    const problems: string[] = [];
    for (const path of paths) {
      const { status, text } = await visit(path);
      if (status !== 200) problems.push(`${path}: HTTP ${status}`);
      for (const [name, pattern] of FORBIDDEN) if (pattern.test(text)) problems.push(`${path}: ${name} (“${text.match(pattern)?.[0]}”)`);
      for (const cell of await page.locator('.bool-cell').allInnerTexts()) if (!['ja', 'nee'].includes(cell.trim())) problems.push(`${path}: yes/no cell “${cell}”`);
    }
    expect(problems).toEqual([]);
  });

  test('screenshots: the module editor, a block drawer, the registrations list and the audit log', async () => {
    const moduleId = await idOf('modules', 'where[number][equals]=3');
    await visit(`/admin/collections/modules/${moduleId}`);
    await shoot(page, 'module-editor.png');
    // Block headers name the block by its kind and its own title.
    const headers = await page.locator('.sin-block-label').allInnerTexts();
    expect(headers.length).toBeGreaterThan(5);
    expect(headers.some((h) => /Oefening: checklist/.test(h))).toBe(true);
    expect(headers.filter((h) => /nog zonder titel/.test(h))).toEqual([]);

    await page.locator('button', { hasText: 'Blok toevoegen' }).last().click();
    await page.waitForSelector('.blocks-drawer__default-image img', { timeout: 30_000 });
    await page.waitForTimeout(500);
    await shoot(page, 'block-drawer.png', false);
    const pictures = await page.locator('.blocks-drawer__default-image img').evaluateAll((imgs) => imgs.map((img) => (img as HTMLImageElement).src));
    expect(pictures.length).toBeGreaterThanOrEqual(12);
    expect(new Set(pictures).size).toBe(pictures.length);
    await page.keyboard.press('Escape');

    await visit('/admin/collections/registrations');
    await shoot(page, 'registrations-list.png');
    expect(await page.locator('body').innerText()).toMatch(/\d{1,2} (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december) \d{4}/);

    await visit('/admin/collections/audit-log');
    await shoot(page, 'audit-log.png');
    const log = await page.locator('body').innerText();
    expect(log).toContain(EMAIL);
    expect(log).toMatch(/Bekeken\s+Aanmelding/);
    // Filtered on one kind of action, as an administrator would through "Filters".
    const { text } = await visit('/admin/collections/audit-log?where[action][equals]=secondFactorEnabled');
    expect(text).toContain('Tweestapsverificatie ingesteld');
    expect(text).not.toContain('Bekeken');
  });
});
