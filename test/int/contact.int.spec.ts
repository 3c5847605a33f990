import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Role } from '../../cms/access/roles';
import type { ContactSite } from '../../cms/contact/types';
import { makeStaff } from '../helpers/accessMatrix';
import { contactForm, startConversationOnSite, submissionKey } from '../helpers/contactFixtures';
import { startTestPayload, type TestPayload } from '../helpers/testPayload';

let t: TestPayload;
let site: ContactSite;
let staff: Record<Role, Record<string, unknown>>;
const DAY = 24 * 60 * 60 * 1000;

beforeAll(async () => {
  t = await startTestPayload();
  const { createContactSite } = await import('../../cms/contact/createContactSite');
  const { createMemoryAttemptCounter } = await import('../../cms/lib/rateLimit/memoryAttemptCounter');
  // Its own counter: throttle tests below must not depend on each other's attempts.
  site = createContactSite(t.payload, { counter: createMemoryAttemptCounter() });
  staff = await makeStaff(t.payload);
  await t.payload.updateGlobal({ slug: 'helpline', data: { phone: '0800-266 64 36', phoneHref: 'tel:08002666436', contactAnswerTime: 'We antwoorden binnen twee werkdagen.' } as never, overrideAccess: true });
});
afterAll(async () => {
  await t?.close();
});

async function idOf(code: string, secret: string, clientAddress = '198.51.100.1'): Promise<number | string> {
  const { unlockConversation } = await import('../../cms/contact/unlockConversation');
  const { createMemoryAttemptCounter } = await import('../../cms/lib/rateLimit/memoryAttemptCounter');
  const { normaliseTyped } = await import('../../cms/contact/conversationCodes');
  const outcome = await unlockConversation(t.payload, { code: normaliseTyped(code, 8) ?? '', secret: normaliseTyped(secret, 12) ?? '' }, clientAddress, createMemoryAttemptCounter());
  if (outcome.outcome !== 'open') throw new Error(`could not open: ${outcome.outcome}`);
  return outcome.id;
}

const messagesOf = async (id: number | string) =>
  (await t.payload.find({ collection: 'conversation-messages', where: { conversation: { equals: id } }, sort: 'createdAt', overrideAccess: true, pagination: false })).docs;

/** Every byte SQLite holds for this database: the file and its write-ahead log. */
function databaseBytes(): string {
  const dir = t.dataDir;
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.db') || name.endsWith('.db-wal'))
    .map((name) => fs.readFileSync(path.join(dir, name)).toString('latin1'))
    .join('\n');
}

describe('contact form: storing a conversation', () => {
  test('message, name and e-mail are not readable in the database file; code and secret are not in it at all', async () => {
    const marker = `Geheim bericht ${Date.now()}`;
    const { code, secret } = await startConversationOnSite(site, { message: marker, name: 'Schuilnaam Vlinder', email: 'vlinder-uniek@example.org' });
    const id = await idOf(code, secret);
    const bytes = databaseBytes();
    expect(bytes).not.toContain(marker);
    expect(bytes).not.toContain('Schuilnaam Vlinder');
    expect(bytes).not.toContain('vlinder-uniek@example.org');
    for (const value of [code, secret, code.replace('-', ''), secret.replaceAll('-', '')]) expect(bytes).not.toContain(value);

    const raw = await t.payload.db.findOne({ collection: 'conversations', where: { id: { equals: id } } } as never) as Record<string, unknown>;
    expect(String(raw.secretHash)).toMatch(/^scrypt\$15\$8\$1\$[A-Za-z0-9_-]{22}\$[A-Za-z0-9_-]{43}$/);
    expect(String(raw.codeHash)).toMatch(/^[0-9a-f]{64}$/);
    // Read back through the Local API, the texts decrypt again.
    const [first] = await messagesOf(id);
    expect(first?.body).toBe(marker);
    expect(first?.from).toBe('person');
  });

  test('stores no IP address or browser: nothing of the client address reaches the database', async () => {
    await startConversationOnSite(site, {}, '203.0.113.77');
    expect(databaseBytes()).not.toContain('203.0.113.77');
  });

  test('the same form sent twice stores one conversation', async () => {
    const form = contactForm({ message: 'Twee keer verstuurd' });
    const first = await site.start(form, '198.51.100.9');
    const second = await site.start(form, '198.51.100.9');
    expect(first.kind).toBe('created');
    expect(second.kind).toBe('duplicate');
  });

  test('gives Dutch errors per field and keeps everything typed', async () => {
    const long = 'x'.repeat(5001);
    const result = await site.start(contactForm({ message: long, email: 'geen-adres', name: 'Sam' }), '198.51.100.2');
    expect(result.kind).toBe('form');
    if (result.kind !== 'form') return;
    expect(result.errors.message).toMatch(/te lang.*5000.*5001/);
    expect(result.errors.email).toMatch(/e-mailadres/);
    expect(result.values).toMatchObject({ message: long, email: 'geen-adres', name: 'Sam' });
    const empty = await site.start(contactForm({ message: '   ' }), '198.51.100.2');
    expect(empty.kind === 'form' && empty.errors.message).toMatch(/Schrijf eerst je bericht/);
  });

  test('stores nothing for a bot that fills in the hidden field', async () => {
    const before = (await t.payload.count({ collection: 'conversations', overrideAccess: true })).totalDocs;
    const result = await site.start(contactForm({ website: 'https://spam.example' }), '198.51.100.3');
    expect(result.kind).toBe('form');
    expect((await t.payload.count({ collection: 'conversations', overrideAccess: true })).totalDocs).toBe(before);
  });

  test('one connection can start at most 10 conversations an hour', async () => {
    const outcomes = [];
    for (let i = 0; i < 11; i++) outcomes.push((await site.start(contactForm(), '198.51.100.4')).kind);
    expect(outcomes.slice(0, 10).every((kind) => kind === 'created')).toBe(true);
    expect(outcomes[10]).toBe('form');
    expect((await site.start(contactForm(), '198.51.100.5')).kind).toBe('created');
  });
});

describe('contact form: opening a conversation', () => {
  test('opens with code and secret typed in any case, with or without dashes', async () => {
    const { code, secret } = await startConversationOnSite(site);
    const result = await site.conversation({ action: 'open', code: code.toLowerCase().replace('-', ' '), secret: secret.replaceAll('-', '') }, '198.51.100.10');
    expect(result.kind).toBe('open');
    if (result.kind !== 'open') return;
    expect(result.code).toBe(code);
    expect(result.conversation.messages.map((m) => m.from)).toEqual(['person']);
    expect(result.conversation.waitingForAnswer).toBe(true);
  });

  test('an unknown code and a wrong secret get exactly the same answer', async () => {
    const { code, secret } = await startConversationOnSite(site);
    const wrongSecret = secret.replace(/^./, (c) => (c === 'A' ? 'B' : 'A'));
    const unknown = await site.conversation({ action: 'open', code: 'ZZZZ-ZZZZ', secret }, '198.51.100.11');
    const wrong = await site.conversation({ action: 'open', code, secret: wrongSecret }, '198.51.100.12');
    expect(unknown).toEqual({ ...wrong, values: unknown.kind === 'locked' ? unknown.values : {} });
    expect(wrong.kind === 'locked' && wrong.reason).toBe('wrong');
  });

  test('after 5 tries on one code even the right secret waits; a success resets the count', async () => {
    const { code, secret } = await startConversationOnSite(site);
    for (let i = 0; i < 4; i++) expect((await site.conversation({ action: 'open', code, secret: 'AAAA-AAAA-AAAA' }, `198.51.100.${20 + i}`)).kind).toBe('locked');
    expect((await site.conversation({ action: 'open', code, secret }, '198.51.100.30')).kind).toBe('open');
    for (let i = 0; i < 5; i++) await site.conversation({ action: 'open', code, secret: 'AAAA-AAAA-AAAA' }, `198.51.100.${40 + i}`);
    const blocked = await site.conversation({ action: 'open', code, secret }, '198.51.100.50');
    expect(blocked.kind === 'locked' && blocked.reason).toBe('throttled');
  });

  test('an unknown code is throttled like a known one, so the throttle tells nothing either', async () => {
    const reasons = [];
    for (let i = 0; i < 6; i++) {
      const result = await site.conversation({ action: 'open', code: 'YYYY-YYYY', secret: 'AAAA-AAAA-AAAA' }, `198.51.100.${60 + i}`);
      reasons.push(result.kind === 'locked' ? result.reason : result.kind);
    }
    expect(reasons).toEqual(['wrong', 'wrong', 'wrong', 'wrong', 'wrong', 'throttled']);
  });

  test('one connection that makes 20 mistakes waits, whatever codes it tries', async () => {
    const { code, secret } = await startConversationOnSite(site);
    for (let i = 0; i < 20; i++) await site.conversation({ action: 'open', code: `${String(i).padStart(4, '0')}-0000`, secret: 'AAAA-AAAA-AAAA' }, '198.51.100.70');
    const blocked = await site.conversation({ action: 'open', code, secret }, '198.51.100.70');
    expect(blocked.kind === 'locked' && blocked.reason).toBe('throttled');
    expect((await site.conversation({ action: 'open', code, secret }, '198.51.100.71')).kind).toBe('open');
  });

  test('says what is wrong with a code that cannot be one, and keeps a reply that could not be sent', async () => {
    const result = await site.conversation({ action: 'reply', code: 'K7M4', secret: '', message: 'Mijn antwoord' }, '198.51.100.80');
    expect(result.kind).toBe('locked');
    if (result.kind !== 'locked') return;
    expect(result.errors.code).toMatch(/8 tekens/);
    expect(result.errors.secret).toMatch(/Vul je wachtwoord in/);
    expect(result.pendingMessage).toBe('Mijn antwoord');
  });
});

describe('contact form: a conversation between the person and a counsellor', () => {
  test('a counsellor answers in the admin; the person reads it, replies and deletes everything', async () => {
    const { code, secret } = await startConversationOnSite(site, { email: 'lezer@example.org' });
    const id = await idOf(code, secret);
    const counsellor = staff.counsellor as never;
    await t.payload.update({ collection: 'conversations', id, overrideAccess: false, user: counsellor, data: { note: 'Lijkt op eerdere vraag.', assignee: (staff.counsellor as { id: number }).id } as never });
    await t.payload.update({ collection: 'conversations', id, overrideAccess: false, user: counsellor, data: { reply: 'Fijn dat je schrijft. Vertel gerust meer.' } as never });

    const conversation = await t.payload.findByID({ collection: 'conversations', id, overrideAccess: true });
    expect(conversation.status).toBe('answered');
    expect(conversation.waitingSince ?? null).toBeNull();
    expect(conversation.assigneeLabel).toBe((staff.counsellor as { email: string }).email);
    expect((await messagesOf(id)).map((m) => m.from)).toEqual(['person', 'note', 'staff']);

    const opened = await site.conversation({ action: 'open', code, secret }, '198.51.100.90');
    if (opened.kind !== 'open') throw new Error('not open');
    expect(opened.conversation.messages.map((m) => [m.from, m.body])).toEqual([
      ['person', 'Ik maak me zorgen over wat ik online bekijk. Kan ik met iemand praten?'],
      ['staff', 'Fijn dat je schrijft. Vertel gerust meer.'],
    ]);
    expect(JSON.stringify(opened)).not.toContain('eerdere vraag');

    const { docs: queued } = await t.payload.find({ collection: 'outbox', where: { kind: { equals: 'contactAnswer' } }, overrideAccess: true });
    expect(queued).toHaveLength(1);
    expect(queued[0]?.to).toBe('lezer@example.org');
    expect(queued[0]?.subject).toBe('Er is een antwoord voor je');
    expect(`${queued[0]?.text}${queued[0]?.html}`).not.toMatch(/Fijn dat je schrijft|zorgen|Stop it Now/i);

    const submission = submissionKey();
    const reply = await site.conversation({ action: 'reply', code, secret, message: 'Dank je, ik schrijf morgen meer.', submission }, '198.51.100.90');
    expect(reply.kind === 'open' && reply.notice).toMatch(/verstuurd/);
    const again = await site.conversation({ action: 'reply', code, secret, message: 'Dank je, ik schrijf morgen meer.', submission }, '198.51.100.90');
    expect(again.kind === 'open' && again.conversation.messages).toHaveLength(3);
    expect((await t.payload.findByID({ collection: 'conversations', id, overrideAccess: true })).status).toBe('waitingForUs');

    const notTicked = await site.conversation({ action: 'delete', code, secret }, '198.51.100.90');
    expect(notTicked.kind === 'open' && notTicked.deleteError).toMatch(/vinkje/);
    const deleted = await site.conversation({ action: 'delete', code, secret, confirm: 'on' }, '198.51.100.90');
    expect(deleted.kind).toBe('deleted');
    expect((await t.payload.count({ collection: 'conversations', where: { id: { equals: id } }, overrideAccess: true })).totalDocs).toBe(0);
    expect(await messagesOf(id)).toHaveLength(0);
    const left = await t.payload.find({ collection: 'outbox', where: { dedupeKey: { contains: `contact:${id}:` } }, overrideAccess: true });
    expect(left.docs).toHaveLength(0);
    expect((await site.conversation({ action: 'open', code, secret }, '198.51.100.91')).kind).toBe('locked');
  });

  test('the person can have the e-mail address erased; later answers then send nothing', async () => {
    const { code, secret } = await startConversationOnSite(site, { email: 'vergeet-mij@example.org' });
    const id = await idOf(code, secret);
    const result = await site.conversation({ action: 'stopEmail', code, secret }, '198.51.100.92');
    expect(result.kind === 'open' && result.conversation.notifyByEmail).toBe(false);
    const raw = (await t.payload.findByID({ collection: 'conversations', id, overrideAccess: true, showHiddenFields: true })) as unknown as Record<string, unknown>;
    expect(raw.email ?? null).toBeNull();
    await t.payload.update({ collection: 'conversations', id, overrideAccess: false, user: staff.counsellor as never, data: { reply: 'Antwoord' } as never });
    const { totalDocs } = await t.payload.count({ collection: 'outbox', where: { dedupeKey: { contains: `contact:${id}:answer` } }, overrideAccess: true });
    expect(totalDocs).toBe(0);
  });

  test('counts new conversations, replies and answers as day totals only', async () => {
    const { getContactCounts } = await import('../../cms/contact/stats/getContactCounts');
    const { dayInAmsterdam } = await import('../../cms/analytics/dayInAmsterdam');
    const today = dayInAmsterdam(new Date());
    const before = await getContactCounts(t.payload, today, today);
    const { code, secret } = await startConversationOnSite(site);
    const id = await idOf(code, secret);
    await site.conversation({ action: 'reply', code, secret, message: 'Nog een vraag', submission: submissionKey() }, '198.51.100.93');
    await t.payload.update({ collection: 'conversations', id, overrideAccess: false, user: staff.counsellor as never, data: { reply: 'Antwoord', note: 'Notitie telt niet' } as never });
    const after = await getContactCounts(t.payload, today, today);
    expect(after.totals).toEqual({
      conversations: before.totals.conversations + 1,
      replies: before.totals.replies + 1,
      answers: before.totals.answers + 1,
    });
    const rows = await t.payload.find({ collection: 'analytics-counters', where: { metric: { in: ['contactConversations', 'contactReplies', 'contactAnswers'] } }, overrideAccess: true });
    expect(rows.docs.every((row) => row.key === '' || row.key === null)).toBe(true);
  });

  test('with CONTACT_NOTIFY_EMAIL the counsellors get a notice of each message from a person, without its text', async () => {
    process.env.CONTACT_NOTIFY_EMAIL = 'inbox-team@example.org';
    try {
      const { code, secret } = await startConversationOnSite(site, { message: 'Tekst die niet in de melding mag staan' });
      const id = await idOf(code, secret);
      await site.conversation({ action: 'reply', code, secret, message: 'Tweede tekst, ook geheim', submission: submissionKey() }, '198.51.100.94');
      const { docs } = await t.payload.find({ collection: 'outbox', where: { dedupeKey: { contains: `contact:${id}:notice` } }, sort: 'createdAt', overrideAccess: true });
      expect(docs.map((d) => [d.to, d.subject, d.kind])).toEqual([
        ['inbox-team@example.org', 'Nieuw gesprek in de inbox', 'contactNotice'],
        ['inbox-team@example.org', 'Nieuw bericht in de inbox', 'contactNotice'],
      ]);
      for (const doc of docs) {
        expect(`${doc.text}${doc.html}`).not.toMatch(/niet in de melding|geheim/);
        expect(doc.text).toContain(`/admin/collections/conversations/${id}`);
      }
    } finally {
      delete process.env.CONTACT_NOTIFY_EMAIL;
    }
  });

  test('only a counsellor or administrator can be assigned a conversation', async () => {
    const { code, secret } = await startConversationOnSite(site);
    const id = await idOf(code, secret);
    const attempt = t.payload.update({ collection: 'conversations', id, overrideAccess: true, data: { assignee: (staff.editor as { id: number }).id } as never });
    await expect(attempt).rejects.toMatchObject({ data: { errors: [{ path: 'assignee', message: 'Kies een hulpverlener of een beheerder.' }] } });
  });
});

describe('deleteExpiredConversations', () => {
  test('deletes exactly the conversations whose last message is older than CONTACT_RETENTION_DAYS, with their messages', async () => {
    const { deleteExpiredConversations } = await import('../../cms/contact/deleteExpiredConversations');
    const now = new Date();
    const ages = { expired: 31, justExpired: 30.001, keptAtLimit: 29.999, fresh: 1 } as const;
    const ids: Record<string, number | string> = {};
    for (const [name, days] of Object.entries(ages)) {
      const { code, secret } = await startConversationOnSite(site);
      ids[name] = await idOf(code, secret);
      await t.payload.update({ collection: 'conversations', id: ids[name], overrideAccess: true, data: { lastMessageAt: new Date(now.getTime() - days * DAY).toISOString() } as never });
    }
    // Every other conversation in this file was written moments ago: only these two are expired.
    const result = await deleteExpiredConversations(t.payload, now, 30);
    const left = async (id: number | string) => (await t.payload.count({ collection: 'conversations', where: { id: { equals: id } }, overrideAccess: true })).totalDocs;
    expect(await left(ids.expired!)).toBe(0);
    expect(await left(ids.justExpired!)).toBe(0);
    expect(await left(ids.keptAtLimit!)).toBe(1);
    expect(await left(ids.fresh!)).toBe(1);
    expect(await messagesOf(ids.expired!)).toHaveLength(0);
    expect(await messagesOf(ids.keptAtLimit!)).toHaveLength(1);
    expect(result).toEqual({ deleted: 2, failed: 0 });
  });
});
