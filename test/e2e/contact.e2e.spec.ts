import path from 'node:path';
import { createClient } from '@libsql/client';
import type { Browser, BrowserContext, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeViolations, launchChromium, recordRequests, requestText } from '../helpers/browser';
import { type BuiltServer, startBuiltServer } from '../helpers/builtServer';
import { firstAdminToken } from '../helpers/firstAdminToken';
import { signInOverHttp, type TestApp } from '../helpers/secondFactor';
import { type CapturedMail, type SmtpCapture, startSmtpCapture } from '../helpers/smtpCapture';

let smtp: SmtpCapture;
let server: BuiltServer;
let browser: Browser;
let adminToken: string;

/** The counsellor's authenticator app, set up at the first sign-in. */
const counsellorApp: TestApp = {};
const COUNSELLOR = { email: 'hulpverlener@example.org', password: 'hulpverlener-wachtwoord-1', name: 'Noor' };

beforeAll(async () => {
  smtp = await startSmtpCapture();
  server = await startBuiltServer({ SMTP_URL: smtp.url });
  browser = await launchChromium();
  adminToken = await firstAdminToken(server.url);
  const made = await api('/api/users', { method: 'POST', body: JSON.stringify({ ...COUNSELLOR, roles: ['counsellor'] }) });
  expect(made.status).toBe(201);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await smtp?.close();
});

function api(pathname: string, init: RequestInit = {}, token = adminToken): Promise<Response> {
  return fetch(`${server.url}${pathname}`, { ...init, headers: { 'content-type': 'application/json', authorization: `JWT ${token}`, ...(init.headers ?? {}) } });
}

/** Rows left in the database file itself, read past the application. */
async function rowsLeft(): Promise<{ conversations: number; messages: number; contactMails: number }> {
  const db = createClient({ url: `file:${path.join(server.dataDir, 'portal.db')}` });
  try {
    const count = async (sql: string) => Number((await db.execute(sql)).rows[0]?.n ?? -1);
    return {
      conversations: await count('SELECT COUNT(*) AS n FROM conversations'),
      messages: await count('SELECT COUNT(*) AS n FROM conversation_messages'),
      contactMails: await count("SELECT COUNT(*) AS n FROM outbox WHERE dedupe_key LIKE 'contact:%'"),
    };
  } finally {
    db.close();
  }
}

async function mailFor(to: string, subject: RegExp, timeoutMs = 30_000): Promise<CapturedMail> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const found = smtp.messages.find((m) => m.to.includes(to) && subject.test(m.parsed.subject ?? ''));
    if (found) return found;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`no mail "${subject}" for ${to}; got: ${smtp.messages.map((m) => `${m.to} ${m.parsed.subject}`).join(' | ')}`);
}

async function submit(page: Page, formSelector = 'form.contact-form'): Promise<void> {
  await Promise.all([page.waitForNavigation(), page.click(`${formSelector} button[type="submit"]`)]);
}

/** Writes a first message on /contact and returns the code and secret the page shows. */
async function writeMessage(page: Page, fields: { message: string; email?: string; name?: string }) {
  await page.goto(`${server.url}/contact`, { waitUntil: 'load' });
  await page.fill('textarea[name="message"]', fields.message);
  if (fields.name) await page.fill('input[name="name"]', fields.name);
  if (fields.email) await page.fill('input[name="email"]', fields.email);
  await page.check('input[name="about"][value="self"]');
  await submit(page);
  const [code = '', secret = ''] = (await page.locator('.code-value').allTextContents()).map((v) => v.trim());
  expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/);
  expect(secret).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
  return { code, secret };
}

async function openConversation(page: Page, code: string, secret: string): Promise<string> {
  await page.goto(`${server.url}/contact/gesprek`, { waitUntil: 'load' });
  await page.fill('input[name="code"]', code);
  await page.fill('input[name="secret"]', secret);
  await submit(page);
  return page.innerText('main');
}

async function latestConversationId(): Promise<number> {
  const { docs } = (await (await api('/api/conversations?sort=-createdAt&limit=1&depth=0')).json()) as { docs: { id: number }[] };
  return docs[0]!.id;
}

async function counsellorContext(): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
  const token = await signInOverHttp(server.url, COUNSELLOR.email, COUNSELLOR.password, counsellorApp);
  await context.addCookies([{ name: 'payload-token', value: token, url: server.url, httpOnly: true, sameSite: 'Strict' }]);
  return context;
}

/** No request carries the code or the secret in its URL, in any spelling. */
function expectNothingInUrls(requests: Request[], ...secrets: string[]): void {
  const spellings = secrets.flatMap((s) => [s, s.replaceAll('-', ''), s.toLowerCase(), encodeURIComponent(s)]);
  for (const request of requests) for (const value of spellings) expect(request.url(), 'URL of a request').not.toContain(value);
}

describe('contact form in Chromium', () => {
  test('write without e-mail → a counsellor answers in the admin → read, reply, delete: nothing is left', async () => {
    const context = await browser.newContext();
    const requests = recordRequests(context);
    const page = await context.newPage();
    const message = 'Ik kijk naar dingen die ik niet wil zien. Ik schaam me en weet niet met wie ik kan praten.';
    const { code, secret } = await writeMessage(page, { message, name: 'Sam' });
    expect(await page.innerText('main')).toContain('Je krijgt geen e-mail van ons');
    expect(await axeViolations(page)).toEqual([]);

    // The counsellor answers in the admin: inbox, conversation, answer, save.
    const staff = await counsellorContext();
    const admin = await staff.newPage();
    await admin.goto(`${server.url}/admin/collections/conversations`);
    await admin.getByRole('link', { name: /Nieuw \(1\)/ }).waitFor({ timeout: 60_000 });
    await admin.locator('table tbody tr a').first().click();
    await admin.locator('.sin-thread__body', { hasText: 'Ik schaam me' }).waitFor({ timeout: 60_000 });
    const answer = 'Fijn dat je ons schrijft, Sam. Je staat hier niet alleen in. Wil je vertellen wat er speelt?';
    await admin.fill('#field-reply', answer);
    await admin.click('#action-save');
    await admin.locator('.sin-thread__message--staff', { hasText: 'Je staat hier niet alleen in' }).waitFor({ timeout: 60_000 });
    // The answer field empties after the save: a second click cannot send the answer again.
    await expect.poll(() => admin.inputValue('#field-reply'), { timeout: 15_000 }).toBe('');
    await staff.close();

    const conversation = await openConversation(page, code, secret);
    expect(conversation).toContain(message);
    expect(conversation).toContain(answer);
    expect(await axeViolations(page)).toEqual([]);

    await page.fill('textarea[name="message"]', 'Dank je. Ik schrijf morgen meer.');
    await submit(page, 'form.contact-form');
    expect(await page.innerText('main')).toContain('Je bericht is verstuurd');
    expect(await page.innerText('main')).toContain('Ik schrijf morgen meer');

    await page.check('#veld-confirm');
    await Promise.all([page.waitForNavigation(), page.click('button.danger')]);
    expect(await page.innerText('main')).toContain('Alle berichten van dit gesprek zijn gewist');

    expect(await rowsLeft()).toEqual({ conversations: 0, messages: 0, contactMails: 0 });
    expect(await context.cookies()).toEqual([]);
    expectNothingInUrls(requests, code, secret);
    expect(requests.every((r) => new URL(r.url()).origin === server.url)).toBe(true);
    // The codes travelled only in the bodies of the form posts to our own origin.
    const carrying = requests.filter((r) => requestText(r).includes(encodeURIComponent(secret)) || requestText(r).includes(secret));
    expect(carrying.length).toBeGreaterThan(0);
    expect(carrying.every((r) => r.method() === 'POST' && new URL(r.url()).pathname.startsWith('/contact/'))).toBe(true);
    await context.close();
  });

  test('with an e-mail address the notice arrives through SMTP, without any of the conversation', async () => {
    const page = await browser.newPage();
    const message = 'Mijn broer gedraagt zich vreemd bij mijn kinderen. Wat moet ik doen?';
    const { code, secret } = await writeMessage(page, { message, email: 'naaste@example.org', name: 'Lotte' });
    expect(await page.innerText('main')).toContain('We sturen je een korte e-mail als er een antwoord is');
    const id = await latestConversationId();
    const counsellorToken = await signInOverHttp(server.url, COUNSELLOR.email, COUNSELLOR.password, counsellorApp);
    const answered = await api(`/api/conversations/${id}`, { method: 'PATCH', body: JSON.stringify({ reply: 'Goed dat je dit vraagt. Bel ons gerust.' }) }, counsellorToken);
    expect(answered.status).toBe(200);

    const mail = await mailFor('naaste@example.org', /Er is een antwoord voor je/);
    const everything = `${mail.parsed.subject}\n${mail.parsed.text}\n${mail.parsed.html}\n${JSON.stringify(mail.parsed.from)}`;
    for (const leak of ['broer', 'kinderen', 'Goed dat je dit vraagt', 'Lotte', code, secret]) expect(everything).not.toContain(leak);
    expect(everything).not.toMatch(/stop it now|misbruik|seksu/i);
    expect(mail.parsed.text).toContain('/contact/gesprek');
    expect(mail.parsed.from?.value[0]?.name).toBe('Hulplijn');

    expect(await openConversation(page, code, secret)).toContain('Goed dat je dit vraagt');
    await page.close();
  });

  test('a wrong secret shows the same page as an unknown code; after 5 tries even the right secret waits', async () => {
    const page = await browser.newPage();
    const { code, secret } = await writeMessage(page, { message: 'Een vraag voor de test van het wachtwoord.' });
    const normalise = (text: string) => text.replaceAll(code, 'CODE').replaceAll('ZZZZ-ZZZ0', 'CODE');
    const unknown = normalise(await openConversation(page, 'ZZZZ-ZZZ0', 'AAAA-AAAA-AAAA'));
    const wrong = normalise(await openConversation(page, code, 'AAAA-AAAA-AAAA'));
    expect(wrong).toBe(unknown);
    expect(wrong).toContain('konden we geen gesprek openen');
    expect(await axeViolations(page)).toEqual([]);
    // The unknown code counted for itself; this code has had one wrong try: four more make five.
    for (let i = 0; i < 4; i++) await openConversation(page, code, 'AAAA-AAAA-AAAA');
    const waiting = await openConversation(page, code, secret);
    expect(waiting).toContain('over een kwartier');
    expect(waiting).not.toContain('Een vraag voor de test');
    await page.close();
  });

  test('a form with mistakes keeps what was typed and has no WCAG 2.2 AA violations', async () => {
    const page = await browser.newPage({ viewport: { width: 320, height: 800 } });
    await page.goto(`${server.url}/contact`, { waitUntil: 'load' });
    await page.fill('input[name="email"]', 'geen-adres');
    await page.fill('input[name="name"]', 'Kim');
    await submit(page);
    expect(await page.innerText('main')).toContain('Kijk dit nog even na');
    expect(await page.inputValue('input[name="email"]')).toBe('geen-adres');
    expect(await page.inputValue('input[name="name"]')).toBe('Kim');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('error-summary'))).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    // Reflow at 320 px: nothing wider than the window.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.close();
  });

  test('works with JavaScript turned off', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const { code, secret } = await writeMessage(page, { message: 'Zonder JavaScript verstuurd.' });
    expect(await openConversation(page, code, secret)).toContain('Zonder JavaScript verstuurd.');
    await context.close();
  });
});

describe('help options in Chromium', () => {
  test('outside opening hours the phone number is not a link and the box says when it opens; the closed note points on', async () => {
    const context = await browser.newContext({ timezoneId: 'Europe/Amsterdam' });
    const page = await context.newPage();
    // Sunday 22:30 in Amsterdam: the seeded phone hours are closed until Monday 09:00.
    await page.clock.setFixedTime(new Date('2026-12-06T21:30:00Z'));
    await page.goto(`${server.url}/zelfhulp`, { waitUntil: 'load' });
    const box = page.locator('aside .help-options');
    await expect.poll(() => box.locator('[data-channel="phone"] [data-status]').innerText()).toBe('Gesloten — weer open morgen om 09:00');
    expect(await box.locator('[data-channel="phone"] a[data-live-link]').isHidden()).toBe(true);
    expect(await box.locator('.help-closed-note').isVisible()).toBe(true);
    const note = await box.locator('.help-closed-note').innerText();
    expect(note).toContain('zelfhulp');
    expect(note).toContain('Stuur ons een bericht');
    expect(note).toContain('0800-0113');
    await page.clock.setFixedTime(new Date('2026-12-07T09:30:00Z'));
    await page.reload({ waitUntil: 'load' });
    await expect.poll(() => box.locator('[data-channel="phone"] [data-status]').innerText()).toBe('Nu open tot 17:00');
    expect(await box.locator('[data-channel="phone"] a[data-live-link]').isVisible()).toBe(true);
    expect(await box.locator('.help-closed-note').isHidden()).toBe(true);
    await context.close();
  });
});
