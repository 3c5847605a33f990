import fs from 'node:fs';
import type { Browser, BrowserContext, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeViolations, launchChromium, recordRequests, requestText } from '../helpers/browser';
import { type BuiltServer, startBuiltServer } from '../helpers/builtServer';
import { passSecondFactorOverHttp } from '../helpers/secondFactor';

let server: BuiltServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let requests: Request[];

// Unusual words, so finding them anywhere proves where an answer went.
const A = {
  trigger: 'Zondagmiddag-leeg-tr7',
  sign: 'Slecht-slapen-ws3',
  signAction: 'Broer-appen-wa5',
  situation: 'Alleen-thuis-rs2',
  situationPlan: 'Sportschool-in-rp8',
  person: 'Kees-uit-de-band-pp4',
  personWhen: 'Bij-sterke-drang-pw6',
  slip: 'Laptop-dicht-naar-buiten-sl9',
  reason: 'Voor-de-kinderen-re1',
  goodsGoal: 'Elke-avond-wandelen-gg2',
  goodsGave: 'Even-rust-niet-in-plan-gx0',
  approach: 'In-een-koor-zingen-ap3',
  avoidance: 'Geen-laptop-in-bed-av4',
};

async function cmsGlobal<T>(slug: string): Promise<T> {
  return (await (await fetch(`${server.url}/api/globals/${slug}`)).json()) as T;
}

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

describe('the plan holds everything the course asks people to carry with them', () => {
  test('module 16 plan exercises and module 17 goals are answered in the browser', async () => {
    await page.goto(`${server.url}/zelfhulp/triggers`, { waitUntil: 'load' });
    await page.fill('[data-exercise="eigen-triggers"] textarea', A.trigger);

    await page.goto(`${server.url}/zelfhulp/terugval-voorkomen`, { waitUntil: 'load' });
    expect(await page.locator('.crisis-note .crisis-help').count()).toBe(1);
    await page.fill('[data-exercise="waarschuwingssignalen"] [data-path="rows.0.sign"]', A.sign);
    await page.fill('[data-exercise="waarschuwingssignalen"] [data-path="rows.0.action"]', A.signAction);
    await page.fill('[data-exercise="risicosituaties-plan"] [data-path="rows.0.situatie"]', A.situation);
    await page.fill('[data-exercise="risicosituaties-plan"] [data-path="rows.0.aanpak"]', A.situationPlan);
    await page.check('#terugval-technieken-tien-minuten');
    await page.fill('[data-exercise="wie-bel-ik"] [data-path="rows.0.wie"]', A.person);
    await page.fill('[data-exercise="wie-bel-ik"] [data-path="rows.0.wanneer"]', A.personWhen);
    await page.fill('[data-exercise="als-het-misgaat-plan"] [data-path="rows.meteen.plan"]', A.slip);
    await page.fill('[data-exercise="redenen-om-vol-te-houden"] textarea', A.reason);

    await page.goto(`${server.url}/zelfhulp/een-goed-leven`, { waitUntil: 'load' });
    expect(await page.locator('[data-exercise="goede-leven-doelen"] fieldset.field-group').count()).toBe(11);
    await page.fill('[data-exercise="goede-leven-doelen"] [data-path="rows.rust.kijken-gaf"]', A.goodsGave);
    await page.fill('[data-exercise="goede-leven-doelen"] [data-path="rows.rust.naderingsdoel"]', A.goodsGoal);
    await page.fill('[data-exercise="mijn-doelen"] [data-path="approach"]', A.approach);
    await page.fill('[data-exercise="mijn-doelen"] [data-path="avoidance"]', A.avoidance);
    await page.reload({ waitUntil: 'load' });
    expect(await page.inputValue('[data-exercise="mijn-doelen"] [data-path="approach"]')).toBe(A.approach);
  });

  test('the plan shows every part, with the helpline number, hours and crisis numbers from the CMS', async () => {
    const helpline = await cmsGlobal<{ phone: string; phoneHref: string }>('helpline');
    const crisis = await cmsGlobal<{ lines: { number: string }[] }>('crisis-help');
    await page.goto(`${server.url}/zelfhulp/mijn-plan`, { waitUntil: 'load' });
    const section = async (name: string) => (await page.locator(`[data-section="${name}"] [data-content]`).textContent()) ?? '';
    expect(await section('triggers')).toContain(A.trigger);
    expect(await section('warningSigns')).toContain(`${A.sign} → ${A.signAction}`);
    expect(await section('riskySituations')).toContain(`${A.situation} → ${A.situationPlan}`);
    expect(await section('techniques')).toContain('Tien minuten uitstellen');
    expect(await section('people')).toContain(`${A.person} → ${A.personWhen}`);
    const goals = await section('goals');
    for (const text of [A.reason, `Innerlijke rust: ${A.goodsGoal}`, A.approach, A.avoidance]) expect(goals).toContain(text);
    expect(await page.locator('my-plan').textContent()).not.toContain(A.goodsGave);
    expect(await section('slipPlan')).toContain(`Wat ik meteen doe: ${A.slip}`);

    const help = page.locator('[data-help]');
    const helpText = (await help.textContent()) ?? '';
    expect(helpText).toContain(helpline.phone);
    expect(await help.locator('[data-helpline-phone]').getAttribute('href')).toBe(helpline.phoneHref);
    expect(helpText).toMatch(/ma–vr 09:00–17:00/);
    expect(crisis.lines.length).toBeGreaterThan(0);
    for (const line of crisis.lines) expect(helpText).toContain(line.number);
  });

  test('downloads the same plan as a text file, made in the browser', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-download]')]);
    expect(download.suggestedFilename()).toMatch(/^mijn-plan-\d{4}-\d{2}-\d{2}\.txt$/);
    const text = fs.readFileSync((await download.path()) ?? '', 'utf8');
    for (const value of [A.trigger, A.sign, A.situation, A.person, A.slip, A.goodsGoal, A.approach]) expect(text).toContain(value);
    expect(text).toContain('Als het toch misgaat');
    expect(text).toContain((await cmsGlobal<{ phone: string }>('helpline')).phone);
    expect(text).not.toContain(A.goodsGave);
  });

  test('prints on at most two A4 pages', async () => {
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await page.locator('[data-help]').isVisible()).toBe(true);
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages.length).toBeGreaterThanOrEqual(1);
    expect(pages.length).toBeLessThanOrEqual(2);
    await page.emulateMedia({ media: 'screen' });
  });

  test('shows the new helpline number once staff change it in the CMS', async () => {
    const first = await fetch(`${server.url}/api/users/first-register`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'redactie@example.org', password: 'redactie-wachtwoord-123456', confirmPassword: 'redactie-wachtwoord-123456' }),
    });
    expect(first.status).toBeLessThan(300);
    const { token } = (await first.json()) as { token: string };
    // An administrator acts only after the second sign-in step.
    await passSecondFactorOverHttp(server.url, token);
    const changed = await fetch(`${server.url}/api/globals/helpline`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
      body: JSON.stringify({ phone: '0800-123 45 67', phoneHref: 'tel:08001234567' }),
    });
    expect(changed.status).toBe(200);
    await page.goto(`${server.url}/zelfhulp/mijn-plan`, { waitUntil: 'load' });
    const help = page.locator('[data-help]');
    expect(await help.textContent()).toContain('0800-123 45 67');
    expect(await help.textContent()).not.toContain('0800-266 64 36');
    expect(await help.locator('[data-helpline-phone]').getAttribute('href')).toBe('tel:08001234567');
    await page.goto(`${server.url}/zelfhulp/terugval-voorkomen`, { waitUntil: 'load' });
    expect(await page.locator('.crisis-note').textContent()).toContain('0800-123 45 67');
  });

  test('no request carried an answer', async () => {
    expect(requests.length).toBeGreaterThan(10);
    for (const request of requests) {
      const text = requestText(request);
      for (const value of Object.values(A)) expect(text).not.toContain(value);
    }
  });
});

describe('the compulsive-use self-test in module 7', () => {
  test('shows an honest, non-diagnostic result only when every statement is answered, and keeps it after a reload', async () => {
    const p = await context.newPage();
    await p.goto(`${server.url}/zelfhulp/verslaving`, { waitUntil: 'load' });
    const result = p.locator('self-test [data-result]');
    expect(await result.textContent()).toMatch(/0 van de 10/);
    const items = p.locator('self-test fieldset.field-group');
    const count = await items.count();
    for (let i = 0; i < count; i++) await items.nth(i).locator('input[value="vaak"]').check();
    await expect.poll(() => result.textContent()).toMatch(/veel kenmerken van dwangmatig kijken/);
    expect(await p.locator('self-test').textContent()).toMatch(/stelt geen diagnose/);
    await items.nth(0).locator('input[value="nee"]').check();
    await items.nth(1).locator('input[value="nee"]').check();
    await items.nth(2).locator('input[value="nee"]').check();
    await items.nth(3).locator('input[value="nee"]').check();
    await expect.poll(() => result.textContent()).toMatch(/veel kenmerken/);
    await items.nth(4).locator('input[value="nee"]').check();
    await expect.poll(() => result.textContent()).toMatch(/een aantal kenmerken/);
    await p.reload({ waitUntil: 'load' });
    expect(await p.locator('self-test [data-result]').textContent()).toMatch(/een aantal kenmerken/);
    await p.close();
  });
});

describe('accessibility of the second edition', () => {
  test.each(['/zelfhulp/begrijpen-waarom', '/zelfhulp/openbaring', '/zelfhulp/terugval-voorkomen', '/zelfhulp/een-goed-leven', '/voor-professionals', '/privacy'])(
    'axe-core finds no WCAG 2.2 AA violations on %s',
    async (path) => {
      const a11y = await browser.newPage();
      await a11y.goto(`${server.url}${path}`, { waitUntil: 'load' });
      expect(await axeViolations(a11y)).toEqual([]);
      await a11y.close();
    },
  );
});
