import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium, VISITOR_USER_AGENT } from '../helpers/browser';
import { type BuiltServer, startBuiltServer } from '../helpers/builtServer';
import { firstAdminToken } from '../helpers/firstAdminToken';

/**
 * Visits, returning visits and unique visitors per day, month and year, end to end: a real
 * Chromium whose clock is moved with Playwright's clock (as in analytics.e2e.spec.ts), and the
 * built server moved to the same moment (test/helpers/shiftedClock.cjs), so each beacon is
 * counted on the day the browser thinks it is.
 */
let server: BuiltServer;
let browser: Browser;
const clockFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'sin-clock-')), 'offset');
fs.writeFileSync(clockFile, '0');

const DAY1 = '2027-03-09';
const DAY2 = '2027-03-10';
const NEXT_MONTH = '2027-04-12';
/** A moment in Amsterdam (winter time until 28 March 2027, summer time after). */
const at = (day: string, time: string) => new Date(`${day}T${time}:00${day < '2027-03-28' ? '+01:00' : '+02:00'}`);

/** Moves the server's clock to `moment` (read by the server within 100 ms). */
async function moveServerTo(moment: Date): Promise<void> {
  fs.writeFileSync(clockFile, String(moment.getTime() - Date.now()));
  await new Promise((resolve) => setTimeout(resolve, 400));
}

/** Moves both clocks to `moment`, opens `url` in `page` and waits until the server answered its beacon. */
async function visitAt(context: BrowserContext, page: Page, moment: Date, url: string): Promise<void> {
  await moveServerTo(moment);
  await context.clock.setSystemTime(moment);
  const beacon = page.waitForResponse((response) => response.url().endsWith('/beacon'), { timeout: 30_000 });
  await page.goto(`${server.url}${url}`, { waitUntil: 'load' });
  expect((await beacon).status()).toBe(204);
}

async function login(): Promise<string> {
  const res = await fetch(`${server.url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'analist@example.org', password: 'analist-wachtwoord-123456' }),
  });
  expect(res.status).toBe(200);
  return ((await res.json()) as { token: string }).token;
}

interface Figures {
  totals: {
    visits: number;
    returningVisits: number;
    uniqueVisitors: { count: number; granularity: string } | null;
    returningVisitors: { count: number } | null;
    partial: boolean;
  };
  perDay: { day: string; visits: number; returningVisits: number; visitors: number }[];
  perMonth: { month: string; visits: number; uniqueVisitors: { count: number } | null }[];
}

async function dashboard(token: string, from: string, to: string): Promise<Figures> {
  const res = await fetch(`${server.url}/api/analytics-counters/dashboard?from=${from}&to=${to}`, { headers: { authorization: `JWT ${token}` } });
  expect(res.status).toBe(200);
  return (await res.json()) as Figures;
}

beforeAll(async () => {
  server = await startBuiltServer({ NODE_OPTIONS: `--require ${path.resolve('test/helpers/shiftedClock.cjs')}`, SHIFTED_CLOCK_FILE: clockFile });
  browser = await launchChromium();
  const token = await firstAdminToken(server.url);
  const made = await fetch(`${server.url}/api/users`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
    body: JSON.stringify({ email: 'analist@example.org', password: 'analist-wachtwoord-123456', roles: ['analyst'] }),
  });
  expect(made.status).toBe(201);
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  fs.rmSync(path.dirname(clockFile), { recursive: true, force: true });
});

describe('visits, returning visits and unique visitors in Chromium', () => {
  test('day 1 one visit, day 2 three visits in two tabs, next month one visit: exact figures per day, month and year', async () => {
    const context = await browser.newContext({ userAgent: VISITOR_USER_AGENT });
    await context.clock.install({ time: at(DAY1, '10:00') });
    const tabA = await context.newPage();

    // Day 1: the first visit of this browser.
    await visitAt(context, tabA, at(DAY1, '10:00'), '/zelfhulp');
    await visitAt(context, tabA, at(DAY1, '10:05'), '/zelfhulp/triggers');

    // Day 2: tab A was left open overnight; its next page is a returning visit.
    await visitAt(context, tabA, at(DAY2, '09:00'), '/');
    // A second tab 10 minutes later belongs to the same visit.
    const tabB = await context.newPage();
    await visitAt(context, tabB, at(DAY2, '09:10'), '/zelfhulp');
    // 31 minutes without a page: a new visit.
    await visitAt(context, tabB, at(DAY2, '09:41'), '/privacy');
    // Back in tab A in the afternoon: the third visit of day 2.
    await visitAt(context, tabA, at(DAY2, '15:00'), '/zelfhulp/fantasieen');

    // Next month.
    await visitAt(context, tabA, at(NEXT_MONTH, '10:00'), '/');
    const kept = JSON.parse((await tabA.evaluate(() => localStorage.getItem('sin.visits.v1'))) ?? 'null');
    expect(kept).toMatchObject({ first: DAY1, ret: '2027' });
    await context.close();

    // The beacon buffer is written at least every 5 s.
    await new Promise((resolve) => setTimeout(resolve, 6_000));
    const token = await login();

    const days = await dashboard(token, DAY1, NEXT_MONTH);
    const counted = days.perDay.filter((d) => d.visits > 0).map(({ day, visits, returningVisits, visitors }) => ({ day, visits, returningVisits, visitors }));
    expect(counted).toEqual([
      { day: DAY1, visits: 1, returningVisits: 0, visitors: 1 },
      { day: DAY2, visits: 3, returningVisits: 3, visitors: 1 },
      { day: NEXT_MONTH, visits: 1, returningVisits: 1, visitors: 1 },
    ]);

    const march = await dashboard(token, '2027-03-01', '2027-03-31');
    expect(march.totals).toMatchObject({ visits: 4, returningVisits: 3, uniqueVisitors: { count: 1, granularity: 'month' }, partial: false });
    const april = await dashboard(token, '2027-04-01', '2027-04-30');
    expect(april.totals).toMatchObject({ visits: 1, returningVisits: 1, uniqueVisitors: { count: 1, granularity: 'month' }, partial: true });

    const year = await dashboard(token, '2027-01-01', '2027-12-31');
    expect(year.totals).toMatchObject({
      visits: 5,
      returningVisits: 4,
      uniqueVisitors: { count: 1, granularity: 'year' },
      returningVisitors: { count: 1 },
      partial: true,
    });
    expect(year.perMonth.filter((m) => m.visits > 0).map((m) => [m.month, m.visits, m.uniqueVisitors?.count])).toEqual([
      ['2027-03', 4, 1],
      ['2027-04', 1, 1],
    ]);
  });

  test('the statistics view shows the same figures for "Dit jaar"', async () => {
    const context = await browser.newContext();
    const login = await context.request.post(`${server.url}/api/users/login`, { data: { email: 'analist@example.org', password: 'analist-wachtwoord-123456' } });
    expect(login.status()).toBe(200);
    const page = await context.newPage();
    await page.goto(`${server.url}/admin/statistieken`);
    await page.getByRole('button', { name: 'Dit jaar' }).click();
    const tile = (label: string) => page.locator('.sin-dash__tile', { has: page.locator('.sin-dash__tile-label', { hasText: new RegExp(`^${label}$`) }) }).locator('.sin-dash__tile-value');
    await expect.poll(() => tile('Bezoeken').textContent(), { timeout: 90_000 }).toBe('5');
    expect(await tile('Unieke bezoekers').textContent()).toBe('1');
    expect(await tile('Terugkerende bezoekers').textContent()).toBe('1');
    expect(await tile('Terugkerende bezoeken').textContent()).toBe('4');
    expect(await tile('Gemiddeld per dag').textContent()).toBe(`${(5 / 35).toFixed(1).replace('.', ',')}`);
    await page.screenshot({ path: '/tmp/i15/dashboard-year.png', fullPage: true });
    await context.close();
    // The admin's first render is slow on a loaded 2-core machine.
  }, 240_000);

  // Last: it is counted too (on the moved day), after the figures above were checked.
  test('a campaign link from another site arrives without a referrer and with its source', async () => {
    const context = await browser.newContext({ userAgent: VISITOR_USER_AGENT });
    const page = await context.newPage();
    const beacon = page.waitForRequest((request) => request.url().endsWith('/beacon'));
    await page.goto(`${server.url}/k/poster-utrecht`, { referer: 'https://www.voorbeeld.example/artikel', waitUntil: 'load' });
    expect(await page.evaluate(() => document.referrer)).toBe('');
    const body = JSON.parse((await beacon).postData() ?? '{}');
    expect(body).toMatchObject({ route: 'page:hulp-bij-kijkgedrag', source: 'poster-utrecht', landing: true, newVisit: true });
    expect(body).not.toHaveProperty('referrer');
    expect(await page.evaluate(() => localStorage.getItem('sin.visitSource'))).toBe('poster-utrecht');
    await context.close();
  });
});
