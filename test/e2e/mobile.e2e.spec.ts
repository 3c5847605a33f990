import type { BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { withBuiltServerAndBrowser } from '../helpers/builtServerAndBrowser';
import { firstAdminToken } from '../helpers/firstAdminToken';

const env = withBuiltServerAndBrowser();

const PHONES = {
  '320×640': { viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true },
  '390×844': { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true },
} satisfies Record<string, BrowserContextOptions>;

/** Browser zoom on a 1280×720 laptop: the CSS viewport shrinks by the zoom factor. */
const SCREENS = {
  ...PHONES,
  '1280×720 at 200 % zoom': { viewport: { width: 640, height: 360 }, deviceScaleFactor: 2 },
  '1280×720 at 400 % zoom': { viewport: { width: 320, height: 180 }, deviceScaleFactor: 4 },
} satisfies Record<string, BrowserContextOptions>;

const GROUP = 'amsterdam-voorjaar';
const ENDED = '/campagne-die-voorbij-is';

interface PageType {
  name: string;
  /** One path, or several (modules of the course, found on the overview), for this screen. */
  paths: (screen: { width: number; height: number }) => string[];
  /** Brings the page into the state to check (e.g. a form with errors shown). */
  prepare?: (page: Page, url: string) => Promise<void>;
}

let modulePaths: string[] = [];

async function showSignupErrors(page: Page): Promise<void> {
  await page.fill('input[name="email"]', 'geen-adres');
  await Promise.all([page.waitForURL(`**/lotgenotengroepen/${GROUP}`), page.click('form[method="post"] button[type="submit"]')]);
  await page.waitForSelector('.error-summary');
}

async function showContactErrors(page: Page): Promise<void> {
  await Promise.all([page.waitForURL('**/contact'), page.click('form[action="/contact"] button[type="submit"]')]);
  await page.waitForSelector('.error-summary');
}

/** Sends a message without an e-mail address: the page with the conversation code and secret. */
async function sendContactMessage(page: Page): Promise<void> {
  await page.fill('textarea[name="message"]', 'Ik wil graag weten hoe ik kan stoppen. Kunnen jullie me helpen?');
  await Promise.all([page.waitForURL('**/contact'), page.click('form[action="/contact"] button[type="submit"]')]);
  await page.waitForSelector('form[action="/contact/gesprek"] input[name="secret"]', { state: 'attached' });
}

/** The person's own conversation, opened with the code and secret just shown. */
async function openOwnConversation(page: Page): Promise<void> {
  await sendContactMessage(page);
  await Promise.all([page.waitForURL('**/contact/gesprek'), page.click('form[action="/contact/gesprek"] button[type="submit"]')]);
  await page.waitForSelector('#wissen-kop');
}

/**
 * Every public page type. A new kind of page (e.g. the contact pages) is one line here, and
 * is then checked for reflow, the quick exit, CSP violations and the markup's end.
 */
const PAGE_TYPES: PageType[] = [
  { name: 'home', paths: () => ['/'] },
  { name: 'course overview', paths: () => ['/zelfhulp'] },
  // Every module on the 320 × 640 phone, the narrowest screen, where overflow shows first; on the
  // others modules 7 and 12, which hold the most kinds of exercise.
  { name: 'modules', paths: ({ width, height }) => (width === 320 && height === 640 ? modulePaths : [modulePaths[6]!, modulePaths[11]!]) },
  { name: 'plan', paths: () => ['/zelfhulp/mijn-plan'] },
  { name: 'privacy', paths: () => ['/privacy'] },
  { name: 'groups list', paths: () => ['/lotgenotengroepen'] },
  { name: 'group page with form errors', paths: () => [`/lotgenotengroepen/${GROUP}`], prepare: showSignupErrors },
  { name: 'landing page', paths: () => ['/stop-kindermisbruik'] },
  { name: 'ended campaign', paths: () => [ENDED] },
  { name: '404 page', paths: () => ['/deze-pagina-bestaat-niet'] },
  { name: 'contact form', paths: () => ['/contact'] },
  { name: 'contact form with errors', paths: () => ['/contact'], prepare: showContactErrors },
  { name: 'contact code page', paths: () => ['/contact'], prepare: sendContactMessage },
  { name: 'conversation opening form', paths: () => ['/contact/gesprek'] },
  { name: 'own conversation', paths: () => ['/contact'], prepare: openOwnConversation },
];

/** Records CSP violations (events and console messages) from before the first script runs. */
async function phone(options: BrowserContextOptions): Promise<{ context: BrowserContext; page: Page; csp: string[] }> {
  const context = await env.browser.newContext(options);
  await context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
  });
  const page = await context.newPage();
  const csp: string[] = [];
  page.on('console', (message) => {
    if (/content security policy/i.test(message.text())) csp.push(message.text());
  });
  return { context, page, csp };
}

/** Where the quick exit is, and whether it is what a tap on its centre hits. */
function quickExitState(page: Page) {
  return page.evaluate(() => {
    const link = document.querySelector<HTMLElement>('.quick-exit');
    if (!link) return null;
    const box = link.getBoundingClientRect();
    const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    return {
      top: box.top,
      left: box.left,
      bottom: box.bottom,
      right: box.right,
      width: box.width,
      height: box.height,
      onTop: hit !== null && link.contains(hit),
      viewportWidth: window.innerWidth,
      viewportHeight: window.innerHeight,
    };
  });
}

async function storedAnswers(page: Page, slug: string): Promise<Record<string, unknown>> {
  return page.evaluate((s) => JSON.parse(localStorage.getItem('sin.progress.v1') ?? '{}')?.modules?.[s]?.answers ?? {}, slug);
}

/** The path of module N, read from the course overview (titles and slugs are content). */
async function modulePath(number: number): Promise<string> {
  const html = await (await fetch(`${env.server.url}/zelfhulp`)).text();
  const match = html.match(new RegExp(`href="(/zelfhulp/[a-z0-9-]+)"[^>]*>Module ${number}:`));
  if (!match) throw new Error(`module ${number} not on the overview`);
  return match[1] as string;
}

beforeAll(async () => {
  const html = await (await fetch(`${env.server.url}/zelfhulp`)).text();
  modulePaths = [...html.matchAll(/<li class="task" data-slug="([a-z0-9-]+)"/g)].map((m) => `/zelfhulp/${m[1]}`);
  expect(modulePaths).toHaveLength(17);

  // An ended campaign: a published page whose window closed yesterday.
  const token = await firstAdminToken(env.server.url);
  const day = 24 * 60 * 60 * 1000;
  const created = await fetch(`${env.server.url}/api/pages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
    body: JSON.stringify({
      title: 'Afgelopen campagne',
      path: ENDED,
      _status: 'published',
      layout: [{ blockType: 'hero', heading: 'Een campagne van vorig jaar' }],
      campaign: { startsAt: new Date(Date.now() - 30 * day).toISOString(), endsAt: new Date(Date.now() - day).toISOString() },
    }),
  });
  expect(created.status).toBe(201);
});

/**
 * At 200 % zoom (640 px wide) the page types with the most on them; overflow shows first on the
 * 320 px wide screens, which check every page type.
 */
const AT_640_PX = new Set(['home', 'modules', 'plan', 'group page with form errors', 'contact form with errors', 'own conversation']);

describe.each(Object.entries(SCREENS))('on a %s screen', (_size, options) => {
  test.each(PAGE_TYPES.filter((type) => options.viewport.width !== 640 || AT_640_PX.has(type.name)))('$name: no horizontal scrolling, the quick exit on screen at the bottom, no CSP violation', async (type) => {
    const { context, page, csp } = await phone(options);
    const paths = type.paths(options.viewport);
    expect(paths.length).toBeGreaterThan(0);
    for (const path of paths) {
      const url = `${env.server.url}${path}`;
      await page.goto(url, { waitUntil: 'load' });
      await type.prepare?.(page, url);

      // Against the phone's width: a mobile browser widens its layout viewport to fit content
      // that overflows, so innerWidth alone would hide the overflow.
      const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, inner: window.innerWidth }));
      expect(widths.scroll, `${path} is wider than the screen`).toBeLessThanOrEqual(options.viewport.width);
      expect(widths.inner, `${path} widened the layout viewport`).toBe(options.viewport.width);

      // The first control is the quick exit: first in the markup, and the first Tab stop.
      const firstControl = await page.evaluate(
        () => document.querySelector('a[href], button, input:not([type="hidden"]), select, textarea, summary, [tabindex]:not([tabindex="-1"])')?.className,
      );
      expect(firstControl, `${path}: first control`).toBe('quick-exit');
      if (!type.prepare) {
        await page.keyboard.press('Tab');
        expect(await page.evaluate(() => document.activeElement?.classList.contains('quick-exit')), `${path}: first Tab stop`).toBe(true);
      }

      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      await page.waitForFunction(() => window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2);
      const exit = await quickExitState(page);
      expect(exit, `${path}: quick exit missing`).not.toBeNull();
      expect(exit!.top, `${path}: quick exit above the screen`).toBeGreaterThanOrEqual(0);
      expect(exit!.left).toBeGreaterThanOrEqual(0);
      expect(exit!.bottom, `${path}: quick exit below the screen`).toBeLessThanOrEqual(exit!.viewportHeight);
      expect(exit!.right).toBeLessThanOrEqual(exit!.viewportWidth);
      expect(exit!.height).toBeGreaterThanOrEqual(44);
      expect(exit!.width).toBeGreaterThanOrEqual(44);
      expect(exit!.onTop, `${path}: something covers the quick exit`).toBe(true);

      const events = await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
      expect([...events, ...csp], `${path}: CSP violations`).toEqual([]);
    }
    await context.close();
  });
});

describe('the markup', () => {
  test.each(PAGE_TYPES.filter((t) => !t.prepare))('$name ends with </html>', async (type) => {
    for (const path of type.paths({ width: 320, height: 640 })) {
      const html = await (await fetch(`${env.server.url}${path}`)).text();
      expect(html.trimEnd().endsWith('</html>'), `${path}: markup after </html>`).toBe(true);
      expect(html).not.toMatch(/<[^>]+\sstyle=/);
    }
  });
});

describe('the quick exit by touch', () => {
  test('a tap deep down a module leaves at once, and Back does not return to the module', async () => {
    const { context, page } = await phone(PHONES['320×640']);
    await context.route('https://www.buienradar.nl/**', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<title>neutraal</title>' }));
    const module = await modulePath(7);
    await page.goto(`${env.server.url}/zelfhulp`, { waitUntil: 'load' });
    await page.goto(`${env.server.url}${module}`, { waitUntil: 'load' });
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
    await page.locator('.quick-exit').tap();
    await page.waitForURL('https://www.buienradar.nl/**');
    await page.goBack();
    expect(page.url()).not.toContain(module);
    await context.close();
  });
});

describe('the course by touch on a 390 px phone', () => {
  test('module 12: every row of the classification is answered by tapping full-width options', async () => {
    const { context, page } = await phone(PHONES['390×844']);
    const path = await modulePath(12);
    const slug = path.split('/').pop() as string;
    await page.goto(`${env.server.url}${path}`, { waitUntil: 'load' });
    const exercise = page.locator('[data-kind="classification"]').first();
    const key = (await exercise.getAttribute('data-exercise')) as string;
    const rows = exercise.locator('.field-group');
    const count = await rows.count();
    expect(count).toBeGreaterThan(1);
    const exerciseBox = (await exercise.boundingBox())!;
    for (let i = 0; i < count; i++) {
      const options = rows.nth(i).locator('label.option');
      const option = options.nth(i % (await options.count()));
      const box = (await option.boundingBox())!;
      expect(box.height).toBeGreaterThanOrEqual(44);
      // Full width of the exercise, less its padding: one option per line.
      expect(box.width).toBeGreaterThan(exerciseBox.width * 0.8);
      await option.scrollIntoViewIfNeeded();
      await option.tap();
      expect(await option.locator('input').isChecked()).toBe(true);
    }
    expect(await exercise.locator('[data-save-state]').textContent()).toBe('Opgeslagen op dit apparaat.');
    const saved = (await storedAnswers(page, slug))[key] as { rows: Record<string, string> };
    expect(Object.keys(saved.rows)).toHaveLength(count);

    await page.reload({ waitUntil: 'load' });
    expect(await exercise.locator('input:checked').count()).toBe(count);
    await context.close();
  });

  test('module 7: the urge diary is filled in by tapping stacked labelled fields; 15 is refused in Dutch and never stored', async () => {
    const { context, page } = await phone(PHONES['390×844']);
    const path = await modulePath(7);
    const slug = path.split('/').pop() as string;
    await page.goto(`${env.server.url}${path}`, { waitUntil: 'load' });
    const diary = page.locator('[data-kind="urgeDiary"]').first();
    const key = (await diary.getAttribute('data-exercise')) as string;
    const entry = diary.locator('.field-group').first();
    const fields = entry.locator('input');
    expect(await fields.count()).toBe(4);

    // Stacked: each field as wide as the entry, each below the previous one, each labelled.
    const boxes = await Promise.all([0, 1, 2, 3].map(async (i) => (await fields.nth(i).boundingBox())!));
    const entryBox = (await entry.boundingBox())!;
    for (const [i, box] of boxes.entries()) {
      expect(box.width).toBeGreaterThan(entryBox.width * 0.8);
      expect(box.height).toBeGreaterThanOrEqual(44);
      if (i > 0) expect(box.y).toBeGreaterThan(boxes[i - 1]!.y + boxes[i - 1]!.height);
      const id = await fields.nth(i).getAttribute('id');
      expect(await entry.locator(`label[for="${id}"]`).isVisible()).toBe(true);
    }

    const [situation, before, technique, after] = [0, 1, 2, 3].map((i) => fields.nth(i));
    await situation!.tap();
    await page.keyboard.type('Alleen thuis, zondagavond');
    await before!.tap();
    await page.keyboard.type('15');
    const error = entry.locator('.field-error:visible');
    await expect.poll(() => error.textContent()).toContain('15 is te hoog');
    expect(await before!.getAttribute('aria-invalid')).toBe('true');
    let saved = (await storedAnswers(page, slug))[key] as { rows: Record<string, Record<string, string>> };
    expect(saved.rows['0']).toEqual({ situation: 'Alleen thuis, zondagavond' });

    await before!.fill('');
    await before!.tap();
    await page.keyboard.type('8');
    await technique!.tap();
    await page.keyboard.type('Naar buiten');
    await after!.tap();
    await page.keyboard.type('3');
    expect(await entry.locator('.field-error:visible').count()).toBe(0);
    expect(await before!.getAttribute('aria-invalid')).toBeNull();
    saved = (await storedAnswers(page, slug))[key] as { rows: Record<string, Record<string, string>> };
    expect(saved.rows['0']).toEqual({ situation: 'Alleen thuis, zondagavond', before: '8', technique: 'Naar buiten', after: '3' });
    expect(await diary.locator('[data-save-state]').textContent()).toBe('Opgeslagen op dit apparaat.');

    // Whole situations stay readable on a phone: the field is as wide as the screen allows.
    expect(await situation!.evaluate((el: HTMLInputElement) => el.scrollWidth <= el.clientWidth)).toBe(true);
    await context.close();
  });

  test('every choice and button on a module page is at least 44 × 44 px', async () => {
    const { context, page } = await phone(PHONES['390×844']);
    for (const number of [7, 12]) {
      await page.goto(`${env.server.url}${await modulePath(number)}`, { waitUntil: 'load' });
      const small = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('main label.option, main button, main .button, main summary, .quick-exit')]
          .filter((el) => el.getClientRects().length > 0)
          .map((el) => ({ text: el.textContent?.trim().slice(0, 40), box: el.getBoundingClientRect() }))
          .filter(({ box }) => box.width < 44 || box.height < 44)
          .map(({ text, box }) => `${text} ${Math.round(box.width)}×${Math.round(box.height)}`),
      );
      expect(small).toEqual([]);
    }
    await context.close();
  });

  test('finishing module 7 shows where you are, and the overview continues with module 8', async () => {
    const { context, page } = await phone(PHONES['390×844']);
    const seven = await modulePath(7);
    const eight = await modulePath(8);
    await page.goto(`${env.server.url}${seven}`, { waitUntil: 'load' });
    expect(await page.locator('h1').textContent()).toMatch(/^Module 7 van 17/);
    const firstChoice = page.locator('[data-exercise] label.option').first();
    await firstChoice.scrollIntoViewIfNeeded();
    await firstChoice.tap();
    expect(await page.locator('[data-steps-summary]').textContent()).toMatch(/^1 van \d+ oefeningen ingevuld$/);

    const finish = page.locator('[data-finish]');
    await finish.scrollIntoViewIfNeeded();
    await finish.tap();
    await page.waitForSelector('[data-finished]:not([hidden])');
    expect(await page.locator('[data-next-module]').getAttribute('href')).toBe(eight);

    await page.goto(`${env.server.url}/zelfhulp`, { waitUntil: 'load' });
    const slug7 = seven.split('/').pop();
    expect(await page.locator(`li[data-slug="${slug7}"] [data-status]`).textContent()).toBe('Afgerond');
    expect(await page.locator('[data-continue] a').getAttribute('href')).toBe(eight);
    expect(await page.locator('[data-continue] a').textContent()).toMatch(/^Verder met module 8: /);
    expect(await page.locator('[data-summary]').textContent()).toBe('Je hebt 1 van de 17 modules afgerond. Ga verder met de volgende:');
    expect(await page.locator('[data-bar]').evaluate((el: HTMLProgressElement) => el.value)).toBe(1);
    await context.close();
  });
});

describe('with JavaScript turned off', () => {
  test('a module says where the exercises are that answers are not kept, every text is readable, no dead control is shown', async () => {
    const context = await env.browser.newContext({ ...PHONES['390×844'], javaScriptEnabled: false });
    const page = await context.newPage();
    for (const path of [await modulePath(7), await modulePath(12), '/zelfhulp', '/zelfhulp/mijn-plan', '/privacy']) {
      await page.goto(`${env.server.url}${path}`, { waitUntil: 'load' });
      const dead = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('button, input, select, textarea, [role="button"]')]
          .filter((el) => el.getClientRects().length > 0 && !el.closest('form'))
          .map((el) => el.outerHTML.slice(0, 80)),
      );
      expect(dead, `${path}: controls that cannot work without JavaScript`).toEqual([]);
      // Nothing claims that answers are kept.
      for (const claim of ['Opgeslagen op dit apparaat', 'Wat je invult, blijft alleen op dit apparaat']) {
        expect(await page.locator(`text=${claim}`).filter({ visible: true }).count(), `${path}: "${claim}"`).toBe(0);
      }
    }

    await page.goto(`${env.server.url}${await modulePath(7)}`, { waitUntil: 'load' });
    const notice = page.locator('[data-when="no-script"]');
    expect(await notice.isVisible()).toBe(true);
    expect(await notice.textContent()).toContain('Je antwoorden worden niet bewaard.');
    const exercises = page.locator('[data-exercise]');
    for (let i = 0; i < (await exercises.count()); i++) {
      expect(await exercises.nth(i).locator('.exercise-nojs').isVisible()).toBe(true);
      expect(await exercises.nth(i).locator('.exercise-prompt').isVisible()).toBe(true);
    }
    // The techniques are still there to read.
    const technique = page.locator('[data-kind="techniquePicker"] .option-name').first();
    expect(await technique.isVisible()).toBe(true);
    await context.close();
  });
});

describe('the sign-up form', () => {
  test('a form corrected right after an error is not refused as too fast', async () => {
    const { context, page } = await phone(PHONES['390×844']);
    await page.goto(`${env.server.url}/lotgenotengroepen/${GROUP}`, { waitUntil: 'load' });
    await page.fill('input[name="name"]', 'Sam');
    await page.fill('input[name="email"]', 'sam@example');
    // Longer than the minimum fill time (3 s) since the form was first shown.
    await page.waitForTimeout(3_200);
    await Promise.all([page.waitForURL(`**/lotgenotengroepen/${GROUP}`), page.click('form[method="post"] button[type="submit"]')]);
    await page.waitForSelector('.error-summary');

    // Corrected at once, well within 3 s of the error page.
    await page.fill('input[name="email"]', 'sam@example.org');
    await page.locator('label.option:has(input[name="relation"])').first().tap();
    await page.locator('#veld-consent').tap();
    await Promise.all([page.waitForURL(`**/lotgenotengroepen/${GROUP}`), page.click('form[method="post"] button[type="submit"]')]);
    const main = await page.textContent('main');
    expect(main).not.toContain('Dat ging erg snel');
    expect(main).toContain('Bijna klaar: kijk in je e-mail');
    await context.close();
  });
});
