import ICAL from 'ical.js';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeViolations, launchChromium, recordRequests } from '../helpers/browser';
import { type BuiltServer, startBuiltServer } from '../helpers/builtServer';
import { type CapturedMail, type SmtpCapture, startSmtpCapture } from '../helpers/smtpCapture';
import { passSecondFactorOverHttp } from '../helpers/secondFactor';

let smtp: SmtpCapture;
let server: BuiltServer;
let browser: Browser;

beforeAll(async () => {
  smtp = await startSmtpCapture();
  server = await startBuiltServer({ SMTP_URL: smtp.url });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await smtp?.close();
});

/** Waits for the outbox worker to deliver a message to `to` with this subject. */
async function mailFor(to: string, subject: RegExp, timeoutMs = 30_000): Promise<CapturedMail> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const found = smtp.messages.find((m) => m.to.includes(to) && subject.test(m.parsed.subject ?? ''));
    if (found) return found;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`no mail "${subject}" for ${to}; got: ${smtp.messages.map((m) => `${m.to} ${m.parsed.subject}`).join(' | ')}`);
}

function linkIn(mail: CapturedMail, path: string): string {
  const match = (mail.parsed.text ?? '').match(new RegExp(`https?://[^\\s]+${path}\\?token=[A-Za-z0-9_-]+`));
  if (!match) throw new Error(`no ${path} link in: ${mail.parsed.text}`);
  return match[0];
}

async function signUp(page: Page, group: string, name: string, email: string): Promise<void> {
  await page.goto(`${server.url}/lotgenotengroepen/${group}`, { waitUntil: 'load' });
  await page.fill('input[name="name"]', name);
  await page.fill('input[name="email"]', email);
  await page.check('input[name="relation"][value="partner"]');
  await page.check('input[name="consent"]');
  // The form refuses submissions faster than a person can fill it in (3 s).
  await page.waitForTimeout(3100);
  await Promise.all([page.waitForNavigation(), page.click('form[method="post"] button[type="submit"]')]);
}

/** Opens an e-mailed link and presses its confirmation button; returns the page text. */
async function followLink(page: Page, link: string): Promise<string> {
  await page.goto(link, { waitUntil: 'load' });
  await Promise.all([page.waitForNavigation(), page.click('form[method="post"] button[type="submit"]')]);
  return page.innerText('main');
}

describe('support groups in Chromium with a real SMTP server', () => {
  test('sign up, confirm by e-mail, and receive the five meetings as a calendar file', async () => {
    const context = await browser.newContext();
    const requests = recordRequests(context);
    const page = await context.newPage();
    await page.goto(`${server.url}/lotgenotengroepen`, { waitUntil: 'load' });
    expect(await page.innerText('main')).toContain('Amsterdam');

    await signUp(page, 'amsterdam-voorjaar', 'Robin', 'robin@example.org');
    expect(await page.innerText('main')).toMatch(/e-mail/i);

    const confirm = await mailFor('robin@example.org', /Bevestig je e-mailadres/);
    expect(confirm.parsed.subject).not.toMatch(/misbruik|lotgenoten|stop it now/i);
    expect(await followLink(page, linkIn(confirm, '/lotgenotengroepen/bevestigen'))).toMatch(/aangemeld|bevestigd|rond/i);

    const registered = await mailFor('robin@example.org', /We houden een plek voor je vrij/);
    const ics = registered.parsed.attachments.find((a) => a.filename?.endsWith('.ics'));
    expect(ics).toBeTruthy();
    const calendar = new ICAL.Component(ICAL.parse(ics!.content.toString('utf8')));
    const events = calendar.getAllSubcomponents('vevent');
    expect(events).toHaveLength(5);
    const starts = events.map((e) => e.getFirstPropertyValue('dtstart')!.toString());
    expect(new Set(starts).size).toBe(5);

    // A replayed confirmation link changes nothing and says so.
    expect(await followLink(page, linkIn(confirm, '/lotgenotengroepen/bevestigen'))).toMatch(/al |niet meer|gebruikt|verlopen/i);
    expect(await context.cookies()).toEqual([]);
    expect(requests.every((r) => new URL(r.url()).origin === server.url)).toBe(true);
    await context.close();
  });

  test('a cancellation frees the place at once and the first person on the waiting list gets it', async () => {
    const page = await browser.newPage();
    // Den Haag has 2 of 8 places left: two sign-ups fill it, the third goes on the waiting list.
    for (const [name, email] of [
      ['Alex', 'alex@example.org'],
      ['Bo', 'bo@example.org'],
      ['Charlie', 'charlie@example.org'],
    ]) {
      await signUp(page, 'den-haag-voorjaar', name!, email!);
      await followLink(page, linkIn(await mailFor(email!, /Bevestig je e-mailadres/), '/lotgenotengroepen/bevestigen'));
    }
    await mailFor('alex@example.org', /We houden een plek voor je vrij/);
    const waiting = await mailFor('charlie@example.org', /Je staat op de wachtlijst/);
    expect(waiting).toBeTruthy();

    const registered = await mailFor('bo@example.org', /We houden een plek voor je vrij/);
    expect(await followLink(page, linkIn(registered, '/lotgenotengroepen/afmelden'))).toMatch(/afgemeld/i);
    await mailFor('bo@example.org', /Je aanmelding is geannuleerd/);

    const offer = await mailFor('charlie@example.org', /Er is een plek vrij voor je/);
    expect(await followLink(page, linkIn(offer, '/lotgenotengroepen/plek-aannemen'))).toMatch(/plek|aangemeld|rond/i);
    await mailFor('charlie@example.org', /We houden een plek voor je vrij/);
    await page.close();
  });

  test('a form with mistakes says what is wrong per field, in Dutch, and keeps what was typed', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/lotgenotengroepen/online-voorjaar`, { waitUntil: 'load' });
    await page.fill('input[name="name"]', 'Kim');
    await page.fill('input[name="email"]', 'geen-adres');
    await page.fill('textarea[name="message"]', 'Mijn vraag blijft staan');
    await page.waitForTimeout(3100);
    await page.evaluate(() => document.querySelector('form[method="post"]')?.setAttribute('novalidate', ''));
    await Promise.all([page.waitForNavigation(), page.click('form[method="post"] button[type="submit"]')]);
    const text = await page.innerText('main');
    expect(text).toContain('e-mailadres');
    expect(await page.inputValue('input[name="name"]')).toBe('Kim');
    expect(await page.inputValue('input[name="email"]')).toBe('geen-adres');
    expect(await page.inputValue('textarea[name="message"]')).toBe('Mijn vraag blijft staan');
    expect(await page.getAttribute('input[name="email"]', 'aria-invalid')).toBe('true');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  test("a coordinator downloads a group's registrations as CSV from the admin", async () => {
    const first = await fetch(`${server.url}/api/users/first-register`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'beheer@example.org', password: 'beheer-wachtwoord-123456', confirmPassword: 'beheer-wachtwoord-123456' }),
    });
    const { token } = (await first.json()) as { token: string };
    // Administrators and coordinators act only after the second sign-in step.
    await passSecondFactorOverHttp(server.url, token);
    const auth = { 'content-type': 'application/json', authorization: `JWT ${token}` };
    await fetch(`${server.url}/api/users`, { method: 'POST', headers: auth, body: JSON.stringify({ email: 'coordinator@example.org', password: 'coordinator-wachtwoord-1', roles: ['coordinator'] }) });
    const groups = (await (await fetch(`${server.url}/api/groups?where[slug][equals]=amsterdam-voorjaar`, { headers: auth })).json()) as { docs: { id: number }[] };

    const context = await browser.newContext();
    const login = await context.request.post(`${server.url}/api/users/login`, { data: { email: 'coordinator@example.org', password: 'coordinator-wachtwoord-1' } });
    expect(login.status()).toBe(200);
    // The browser's session (its cookie) gives the second step through the same session token.
    await passSecondFactorOverHttp(server.url, ((await login.json()) as { token: string }).token);
    const page = await context.newPage();
    await page.goto(`${server.url}/admin/collections/groups/${groups.docs[0]!.id}`);
    const link = page.locator('a', { hasText: 'Aanmeldingen van deze groep downloaden (CSV)' });
    await link.waitFor({ timeout: 60_000 });
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    const csv = await download.createReadStream().then(async (stream) => {
      let text = '';
      for await (const chunk of stream) text += chunk;
      return text;
    });
    expect(csv).toContain('robin@example.org');
    await context.close();
  });

  test.each(['/lotgenotengroepen', '/lotgenotengroepen/utrecht-voorjaar'])('axe-core finds no WCAG 2.2 AA violations on %s', async (path) => {
    const page = await browser.newPage();
    await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});
