import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { codesOn, hiddenValue, mainText, postForm } from '../helpers/contactPages';
import { startTestServer, type TestServer } from '../helpers/testServer';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.stop();
});

const post = (path: string, fields: Record<string, string>, headers?: Record<string, string>) => postForm(server.url, path, fields, headers);

/** Opens /contact like a browser, then sends the form with `fields`. */
async function send(fields: Record<string, string>): Promise<Response> {
  const form = await (await server.get('/contact')).text();
  return post('/contact', { submission: hiddenValue(form, 'submission'), website: '', ...fields });
}

function expectPrivate(response: Response): void {
  expect(response.headers.get('set-cookie')).toBeNull();
  expect(response.headers.get('cache-control')).toContain('no-store');
}

describe('/contact without JavaScript (plain form posts)', () => {
  test('shows the form: a POST to itself, a one-time key, and the expected answer time', async () => {
    const response = await server.get('/contact');
    expect(response.status).toBe(200);
    expectPrivate(response);
    const html = await response.text();
    expect(html).toMatch(/<form method="post" action="\/contact"/);
    expect(hiddenValue(html, 'submission')).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(mainText(html)).toContain('We antwoorden meestal binnen twee werkdagen.');
    // Every form on the contact pages works without any script of its own.
    expect(html).not.toMatch(/<script[^>]*contact/i);
  });

  test('a message gets a code and a secret; with them the person reads, replies and deletes', async () => {
    const sent = await send({ message: 'Ik durf het niemand te vertellen.', about: 'self', name: 'Robin', email: '' });
    expect(sent.status).toBe(200);
    expectPrivate(sent);
    const page = await sent.text();
    expect(mainText(page)).toContain('Je bericht is verstuurd');
    const { code, secret } = codesOn(page);
    expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(secret).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(mainText(page)).toContain('Je krijgt geen e-mail van ons');

    const file = await post('/contact/bewaren', { code, secret });
    expect(file.headers.get('content-disposition')).toBe('attachment; filename="gesprek.txt"');
    expect(await file.text()).toMatch(new RegExp(`Gesprekscode: ${code}[\\s\\S]*Wachtwoord: +${secret}[\\s\\S]*/contact/gesprek`));

    const opened = await post('/contact/gesprek', { action: 'open', code, secret });
    expect(opened.status).toBe(200);
    expectPrivate(opened);
    const conversation = await opened.text();
    expect(mainText(conversation)).toContain('Ik durf het niemand te vertellen.');
    expect(mainText(conversation)).toContain('We hebben je bericht.');

    const replied = await post('/contact/gesprek', { action: 'reply', code, secret, submission: hiddenValue(conversation, 'submission'), message: 'Nog een vraag van mij.' });
    const afterReply = mainText(await replied.text());
    expect(afterReply).toContain('Je bericht is verstuurd.');
    expect(afterReply).toContain('Nog een vraag van mij.');

    const refused = await post('/contact/gesprek', { action: 'delete', code, secret });
    expect(refused.status).toBe(422);
    expect(mainText(await refused.text())).toContain('Zet eerst een vinkje');
    const deleted = await post('/contact/gesprek', { action: 'delete', code, secret, confirm: 'on' });
    expect(mainText(await deleted.text())).toContain('Je gesprek is verwijderd');
    expect((await server.payload.count({ collection: 'conversations', overrideAccess: true })).totalDocs).toBe(0);
    expect((await server.payload.count({ collection: 'conversation-messages', overrideAccess: true })).totalDocs).toBe(0);
    expect((await post('/contact/gesprek', { action: 'open', code, secret })).status).toBe(403);
  });

  test('a form with mistakes answers 422, says what is wrong in Dutch and keeps what was typed', async () => {
    const response = await send({ message: '', name: 'Kim', email: 'kim@', about: 'someoneClose' });
    expect(response.status).toBe(422);
    const html = await response.text();
    const text = mainText(html);
    expect(text).toContain('Kijk dit nog even na');
    expect(text).toContain('Schrijf eerst je bericht');
    expect(text).toContain('Dit e-mailadres lijkt niet te kloppen');
    expect(html).toMatch(/name="name"[^>]*value="Kim"/);
    expect(html).toMatch(/name="email"[^>]*value="kim@"/);
    expect(html).toMatch(/value="someoneClose" checked/);
  });

  test('opening the conversation page never needs anything in the URL, and ignores a query', async () => {
    const response = await server.get('/contact/gesprek?code=AAAA-AAAA&secret=AAAA-AAAA-AAAA');
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toMatch(/<form method="post" action="\/contact\/gesprek"/);
    expect(html).not.toContain('AAAA-AAAA');
  });

  test('a post from another site is refused', async () => {
    const response = await post('/contact', { message: 'x', submission: 'a'.repeat(22) }, { 'sec-fetch-site': 'cross-site' });
    expect(response.status).toBe(403);
  });

  test('an unknown code and a wrong secret get the same page', async () => {
    const sent = await send({ message: 'Bericht voor de vergelijking.' });
    const { code } = codesOn(await sent.text());
    const unknown = await post('/contact/gesprek', { action: 'open', code: 'ZZZZ-ZZZ0', secret: 'AAAA-AAAA-AAAA' });
    const wrong = await post('/contact/gesprek', { action: 'open', code, secret: 'AAAA-AAAA-AAAA' });
    expect(wrong.status).toBe(unknown.status);
    const strip = (html: string) => mainText(html).replace(/ZZZZ-ZZZ0|[0-9A-Z]{4}-[0-9A-Z]{4}(?!-)/g, 'CODE');
    expect(strip(await wrong.text())).toBe(strip(await unknown.text()));
  });
});

describe('/contact throttles cannot be bypassed with X-Forwarded-For (TRUST_PROXY unset)', () => {
  test('after 5 tries on one code even the right secret waits, whatever address the request claims', async () => {
    const { code, secret } = codesOn(await (await send({ message: 'Bericht voor de throttle.' })).text());
    for (let i = 0; i < 5; i++) {
      const attempt = await post('/contact/gesprek', { action: 'open', code, secret: 'AAAA-AAAA-AAAA' }, { 'x-forwarded-for': `203.0.113.${i}` });
      expect(attempt.status).toBe(403);
    }
    const blocked = await post('/contact/gesprek', { action: 'open', code, secret }, { 'x-forwarded-for': '203.0.113.99' });
    expect(blocked.status).toBe(429);
    expect(mainText(await blocked.text())).toContain('over een kwartier');
  });

  test('one connection that makes 20 mistakes waits, also when every request claims another address', async () => {
    const { code, secret } = codesOn(await (await send({ message: 'Bericht voor de verbinding.' })).text());
    // Earlier tests in this file made a few mistakes from this connection too.
    let status = 0;
    for (let i = 0; i < 20 && status !== 429; i++) {
      status = (await post('/contact/gesprek', { action: 'open', code: `${String(i).padStart(4, '0')}-0000`, secret: 'AAAA-AAAA-AAAA' }, { 'x-forwarded-for': `198.51.100.${i}`, 'x-portal-client-address': `192.0.2.${i}` })).status;
    }
    const blocked = await post('/contact/gesprek', { action: 'open', code, secret }, { 'x-forwarded-for': '198.51.100.250', 'x-portal-client-address': '192.0.2.250' });
    expect(blocked.status).toBe(429);
  });
});

describe('help options on every page', () => {
  test('offer a chat only when it has an address: hidden until the browser finds it open, with rel="noreferrer"', async () => {
    expect(await (await server.get('/zelfhulp')).text()).not.toContain('Start een chat');
    await server.payload.updateGlobal({ slug: 'helpline', data: { chatUrl: 'https://chat.voorbeeld.nl/start' } as never, overrideAccess: true });
    try {
      const html = await (await server.get('/zelfhulp')).text();
      const link = /<a[^>]*href="https:\/\/chat\.voorbeeld\.nl\/start"[^>]*>Start een chat<\/a>/.exec(html)?.[0] ?? '';
      expect(link).toContain('hidden');
      expect(link).toContain('rel="noreferrer"');
      expect(html).toContain('Chatten kan op de tijden hieronder.');
      expect(html).toMatch(/<li[^>]*>maandag 10:00–16:00<\/li>/);
    } finally {
      await server.payload.updateGlobal({ slug: 'helpline', data: { chatUrl: null } as never, overrideAccess: true });
    }
  });

  test('read the opening hours per day, and list closed days per channel', async () => {
    await server.payload.updateGlobal({
      slug: 'helpline',
      data: { closedDates: [{ date: '2099-12-25T12:00:00.000Z', label: 'Eerste kerstdag', channels: ['phone'] }] } as never,
      overrideAccess: true,
    });
    const html = await (await server.get('/privacy')).text();
    expect(html).toMatch(/<li[^>]*>maandag 09:00–17:00 en 19:00–21:00<\/li>/);
    expect(html).toMatch(/<li[^>]*>donderdag 09:00–17:00<\/li>/);
    expect(html).toContain('Gesloten op 25 december (Eerste kerstdag).');
    expect(html).not.toMatch(/<li[^>]*>zaterdag/);
  });
});
