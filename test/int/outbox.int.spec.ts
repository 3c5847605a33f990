import fs from 'node:fs';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { MailTransport } from '../../cms/email/outbox/outboxTypes';
import { createTestGroup, outboxEmails, signupForm } from '../helpers/groupFixtures';
import { type SmtpCapture, startSmtpCapture } from '../helpers/smtpCapture';
import { startTestPayload, type TestPayload } from '../helpers/testPayload';

let t: TestPayload;
let smtp: SmtpCapture;
const HOUR = 60 * 60 * 1000;

beforeAll(async () => {
  t = await startTestPayload();
  smtp = await startSmtpCapture();
});
afterAll(async () => {
  await smtp?.close();
  await t?.close();
});

async function clearOutbox() {
  await t.payload.delete({ collection: 'outbox', where: { id: { exists: true } }, overrideAccess: true });
}

describe('processOutbox', () => {
  test('SMTP down, then refusing, then up: every email arrives exactly once', async () => {
    await clearOutbox();
    const { signUp } = await import('../../cms/groups/signUp');
    const { processOutbox } = await import('../../cms/email/outbox/processOutbox');
    const { createTransport } = await import('../../cms/email/outbox/createTransport');
    const { runtimeConfig } = await import('../../cms/lib/runtimeConfig');
    const transport = createTransport({ ...runtimeConfig(), smtpUrl: smtp.url });
    const group = await createTestGroup(t.payload);
    const people = ['een@example.org', 'twee@example.org', 'drie@example.org', 'vier@example.org'];
    await smtp.stop();
    // Sign-ups work while the mail server is down: they are stored, their email waits.
    for (const email of people) expect((await signUp(t.payload, { groupSlug: group.slug, form: signupForm({ email }) })).outcome).toBe('created');
    const start = new Date();

    const down = await processOutbox(t.payload, transport, start);
    expect(down).toMatchObject({ sent: 0, retrying: 1 });

    await smtp.start();
    smtp.mode = 'reject';
    const refusing = await processOutbox(t.payload, transport, new Date(start.getTime() + HOUR));
    expect(refusing).toMatchObject({ sent: 0, retrying: 4 });
    expect(smtp.messages).toHaveLength(0);
    expect((await outboxEmails(t.payload)).map((e) => e.status)).toEqual(Array(4).fill('pending'));

    smtp.mode = 'accept';
    expect(await processOutbox(t.payload, transport, new Date(start.getTime() + 2 * HOUR))).toMatchObject({ sent: 4, retrying: 0 });
    expect(await processOutbox(t.payload, transport, new Date(start.getTime() + 3 * HOUR))).toMatchObject({ sent: 0 });
    transport.close();

    expect(smtp.messages.flatMap((m) => m.to).sort()).toEqual([...people].sort());
    expect(new Set(smtp.messages.map((m) => m.parsed.messageId)).size).toBe(4);
    for (const { parsed } of smtp.messages) {
      expect(parsed.subject).toBe('Bevestig je e-mailadres');
      expect(parsed.from?.value[0]?.name).toBe('Hulplijn');
      expect(parsed.text).toContain('/lotgenotengroepen/bevestigen?token=');
    }
    // Once sent, the address and the content are erased; the dedupe key stays.
    for (const e of await outboxEmails(t.payload)) {
      expect(e).toMatchObject({ status: 'sent', to: null, text: null });
      expect(e.dedupeKey).toMatch(/^confirm:/);
    }
  });

  test('retries back off and give up after 10 attempts', async () => {
    await clearOutbox();
    const { queueEmail } = await import('../../cms/email/outbox/queueEmail');
    const { processOutbox } = await import('../../cms/email/outbox/processOutbox');
    const failing: MailTransport = {
      description: 'always fails',
      send: async () => Promise.reject(Object.assign(new Error('550 <iemand@example.org> onbekend'), { responseCode: 550 })),
      close: () => undefined,
    };
    const now = new Date();
    await queueEmail(t.payload, { to: 'iemand@example.org', email: { subject: 'Test', text: 'x', html: '<p>x</p>' }, kind: 'cancelled', dedupeKey: 'test:backoff', now });

    expect(await processOutbox(t.payload, failing, now)).toMatchObject({ retrying: 1 });
    // Not due again right away: the first retry waits about 30 seconds.
    expect(await processOutbox(t.payload, failing, new Date(now.getTime() + 10_000))).toMatchObject({ retrying: 0, failed: 0 });
    let at = now.getTime();
    for (let attempt = 2; attempt <= 10; attempt++) {
      at += 3 * HOUR;
      await processOutbox(t.payload, failing, new Date(at));
    }
    const [mail] = await outboxEmails(t.payload);
    const stored = mail as unknown as { status: string; attempts: number; lastError: string };
    expect(stored.status).toBe('failed');
    expect(stored.attempts).toBe(10);
    expect(stored.lastError).not.toContain('iemand@example.org');
    expect(await processOutbox(t.payload, failing, new Date(at + 10 * HOUR))).toMatchObject({ retrying: 0, failed: 0, sent: 0 });
  });

  test('queuing the same dedupe key twice queues one email; a second run at the same time is skipped', async () => {
    await clearOutbox();
    const { queueEmail } = await import('../../cms/email/outbox/queueEmail');
    const { processOutbox } = await import('../../cms/email/outbox/processOutbox');
    const email = { subject: 'Test', text: 'x', html: '<p>x</p>' };
    const results = await Promise.all(
      Array.from({ length: 5 }, () => queueEmail(t.payload, { to: 'een@example.org', email, kind: 'cancelled', dedupeKey: 'test:once' })),
    );
    expect(results.filter((r) => r.queued)).toHaveLength(1);
    const sent: string[] = [];
    const slow: MailTransport = {
      description: 'slow',
      send: async (mail) => {
        await new Promise((resolve) => setTimeout(resolve, 200));
        sent.push(mail.to);
      },
      close: () => undefined,
    };
    const [first, second] = await Promise.all([processOutbox(t.payload, slow), processOutbox(t.payload, slow)]);
    expect(first).toMatchObject({ sent: 1, skipped: false });
    expect(second).toMatchObject({ sent: 0, skipped: true });
    expect(sent).toEqual(['een@example.org']);
  });

  test('without SMTP_URL every email becomes an .eml file in DATA_DIR/mail', async () => {
    const { createTransport } = await import('../../cms/email/outbox/createTransport');
    const dataDir = fs.mkdtempSync(path.join(t.dataDir, 'eml-'));
    const transport = createTransport({ smtpUrl: undefined, dataDir, mailFrom: 'noreply@example.org', mailFromName: 'Hulplijn' });
    await transport.send({
      to: 'lezer@example.org',
      subject: 'Je aanmelding is rond',
      text: 'Hallo',
      html: '<p>Hallo</p>',
      attachments: [{ filename: 'bijeenkomsten.ics', contentType: 'text/calendar; charset=utf-8', content: 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n' }],
      messageId: '<test@example.org>',
    });
    const files = fs.readdirSync(path.join(dataDir, 'mail'));
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/\.eml$/);
    const parsed = await simpleParser(fs.readFileSync(path.join(dataDir, 'mail', files[0] ?? '')));
    expect(parsed.subject).toBe('Je aanmelding is rond');
    expect(parsed.from?.value[0]).toMatchObject({ name: 'Hulplijn', address: 'noreply@example.org' });
    expect(parsed.attachments.map((a) => a.filename)).toEqual(['bijeenkomsten.ics']);
  });
});

describe('processOutbox with several senders', () => {
  test('three senders on one database and a slow mail server: N e-mails, N deliveries, each once', async () => {
    await clearOutbox();
    const { openSecondPayload } = await import('../helpers/secondPayload');
    const { queueEmail } = await import('../../cms/email/outbox/queueEmail');
    const { processOutbox } = await import('../../cms/email/outbox/processOutbox');
    const { createTransport } = await import('../../cms/email/outbox/createTransport');
    const { runtimeConfig } = await import('../../cms/lib/runtimeConfig');
    const senders = [t.payload, await openSecondPayload('outbox-b'), await openSecondPayload('outbox-c')];
    const N = 12;
    for (let i = 0; i < N; i++) {
      await queueEmail(t.payload, { to: `ontvanger${i}@example.org`, email: { subject: 'Onderwerp', text: `Bericht ${i}`, html: `<p>Bericht ${i}</p>` }, kind: 'cancelled', dedupeKey: `senders:${i}` });
    }
    smtp.messages.length = 0;
    smtp.mode = 'accept';
    smtp.delayMs = 300;
    const transports = senders.map(() => createTransport({ ...runtimeConfig(), smtpUrl: smtp.url }));
    try {
      // Every sender keeps running until the outbox is empty, as the job runners of three processes would.
      const results = await Promise.all(
        senders.map(async (payload, i) => {
          let sent = 0;
          for (let round = 0; round < 10; round++) sent += (await processOutbox(payload, transports[i]!)).sent;
          return sent;
        }),
      );
      expect(results.reduce((a, b) => a + b, 0)).toBe(N);
      // The work was shared: with 300 ms per message, one sender alone would have done all.
      expect(results.filter((sent) => sent > 0).length).toBeGreaterThanOrEqual(2);
    } finally {
      smtp.delayMs = 0;
      for (const transport of transports) transport.close();
      for (const payload of senders.slice(1)) await payload.destroy?.().catch(() => undefined);
    }
    expect(smtp.messages).toHaveLength(N);
    expect(new Set(smtp.messages.map((m) => m.parsed.messageId)).size).toBe(N);
    expect(smtp.messages.flatMap((m) => m.to).sort()).toEqual(Array.from({ length: N }, (_, i) => `ontvanger${i}@example.org`).sort());
    expect((await outboxEmails(t.payload)).every((e) => e.status === 'sent')).toBe(true);
  });

  test('a sender that crashed after claiming: the e-mail goes out once the claim ran out, not before', async () => {
    await clearOutbox();
    const { queueEmail } = await import('../../cms/email/outbox/queueEmail');
    const { claimNextEmail, CLAIM_MS } = await import('../../cms/email/outbox/claimNextEmail');
    const { processOutbox } = await import('../../cms/email/outbox/processOutbox');
    const sent: string[] = [];
    const transport: MailTransport = { description: 'test', send: async (mail) => void sent.push(mail.to), close: () => undefined };
    await queueEmail(t.payload, { to: 'wees@example.org', email: { subject: 'S', text: 't', html: 't' }, kind: 'cancelled', dedupeKey: 'crash:1' });
    const now = new Date();
    expect(await claimNextEmail(t.payload, now)).not.toBeNull();
    expect(await processOutbox(t.payload, transport, new Date(now.getTime() + CLAIM_MS - 1_000))).toMatchObject({ sent: 0 });
    expect(await processOutbox(t.payload, transport, new Date(now.getTime() + CLAIM_MS + 1))).toMatchObject({ sent: 1 });
    expect(sent).toEqual(['wees@example.org']);
  });
});
