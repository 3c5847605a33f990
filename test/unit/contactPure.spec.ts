import { describe, expect, test } from 'vitest';
import { contactSettings } from '../../cms/contact/contactSettings';
import { parseForm, replySchema, startSchema, unlockSchema } from '../../cms/contact/contactSchema';
import { createConversationCode, createConversationSecret, formatInGroups, normaliseTyped } from '../../cms/contact/conversationCodes';
import { statusAfter } from '../../cms/contact/conversationStatus';
import { hashSecret, verifySecret } from '../../cms/contact/secretHash';
import { keepNumbersTogether } from '../../site/lib/keepNumbersTogether';

const KEY = 'abcdefghijklmnopqrstuv';

describe('conversation codes', () => {
  test('are made of the unambiguous alphabet, 8 and 12 characters, and differ every time', () => {
    const codes = new Set(Array.from({ length: 200 }, createConversationCode));
    expect(codes.size).toBe(200);
    for (const code of codes) expect(code).toMatch(/^[0-9ABCDEFGHJKMNPQRSTVWXYZ]{8}$/);
    expect(createConversationSecret()).toMatch(/^[0-9ABCDEFGHJKMNPQRSTVWXYZ]{12}$/);
  });

  test('are shown in groups of four and read back however they were typed', () => {
    expect(formatInGroups('K7M4Q2PX')).toBe('K7M4-Q2PX');
    expect(formatInGroups('4HJT9QWM2KXD')).toBe('4HJT-9QWM-2KXD');
    expect(normaliseTyped(' k7m4 – q2px ', 8)).toBe('K7M4Q2PX');
    // People read O as 0 and I or L as 1: those letters are never in a code.
    expect(normaliseTyped('O1IL-ABCD', 8)).toBe('0111ABCD');
    expect(normaliseTyped('K7M4-Q2P', 8)).toBeNull();
    expect(normaliseTyped('K7M4-Q2PU', 8)).toBeNull();
    expect(normaliseTyped(42, 8)).toBeNull();
    expect(normaliseTyped('x'.repeat(1000), 8)).toBeNull();
  });
});

// scrypt is slow on purpose; on a busy shared machine a check can take a second.
const SLOW = 30_000;

describe('secret hashes', () => {
  test('are salted scrypt hashes that verify only the right secret', async () => {
    const [a, b] = await Promise.all([hashSecret('4HJT9QWM2KXD'), hashSecret('4HJT9QWM2KXD')]);
    expect(a).toMatch(/^scrypt\$15\$8\$1\$/);
    expect(a).not.toBe(b);
    expect(await verifySecret('4HJT9QWM2KXD', a)).toBe(true);
    expect(await verifySecret('4HJT9QWM2KXE', a)).toBe(false);
  }, SLOW);

  test('refuse a missing or tampered hash, and do the work anyway', async () => {
    const started = performance.now();
    expect(await verifySecret('4HJT9QWM2KXD', null)).toBe(false);
    expect(performance.now() - started).toBeGreaterThan(5);
    const stored = await hashSecret('4HJT9QWM2KXD');
    expect(await verifySecret('4HJT9QWM2KXD', stored.replace('scrypt$15$', 'scrypt$30$'))).toBe(false);
    expect(await verifySecret('4HJT9QWM2KXD', 'plain')).toBe(false);
  }, SLOW);
});

describe('contact form schemas', () => {
  test('accept a message alone: everything else is optional', () => {
    const result = parseForm(startSchema, { message: '  Hallo  ', submission: KEY });
    expect(result).toEqual({ ok: true, data: { message: 'Hallo', submission: KEY, website: '' } });
  });

  test('count characters as people do and keep line breaks, without control characters', () => {
    const emoji = '🙂'.repeat(5000);
    expect(parseForm(replySchema, { message: emoji, submission: KEY }).ok).toBe(true);
    const parsed = parseForm(replySchema, { message: 'a\r\nb\u202Ec\u0000', submission: KEY });
    expect(parsed.ok && parsed.data.message).toBe('a\nbc');
  });

  test('name every problem in Dutch, one per field', () => {
    const result = parseForm(startSchema, { message: '', email: 'x@', name: 'n'.repeat(61), about: 'iets', submission: 'kort' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.errors).sort()).toEqual(['about', 'email', 'message', 'name', 'submission']);
    expect(result.errors.name).toMatch(/60 tekens/);
  });

  test('read code and secret in any spelling and explain a wrong length', () => {
    expect(parseForm(unlockSchema, { code: 'k7m4 q2px', secret: '4hjt-9qwm-2kxd' })).toEqual({ ok: true, data: { code: 'K7M4Q2PX', secret: '4HJT9QWM2KXD' } });
    const wrong = parseForm(unlockSchema, { code: 'K7M4', secret: '' });
    expect(wrong.ok === false && wrong.errors).toEqual({
      code: expect.stringMatching(/8 tekens/),
      secret: 'Vul je wachtwoord in.',
    });
  });
});

describe('statusAfter', () => {
  test('a message from the person waits for us, an answer is answered, a note changes nothing', () => {
    expect(statusAfter('person', 'new')).toBe('new');
    expect(statusAfter('person', 'answered')).toBe('waitingForUs');
    expect(statusAfter('person', 'closed')).toBe('waitingForUs');
    expect(statusAfter('staff', 'waitingForUs')).toBe('answered');
    expect(statusAfter('note', 'closed')).toBe('closed');
  });
});

describe('contactSettings', () => {
  test('defaults to 30 days and refuses a retention that is not whole days between 1 and 365', () => {
    expect(contactSettings({})).toEqual({ retentionDays: 30, notifyEmail: null });
    expect(contactSettings({ CONTACT_RETENTION_DAYS: '14', CONTACT_NOTIFY_EMAIL: 'team@example.org' })).toEqual({ retentionDays: 14, notifyEmail: 'team@example.org' });
    for (const bad of ['0', '-1', '2.5', '366', 'dertig']) expect(() => contactSettings({ CONTACT_RETENTION_DAYS: bad })).toThrow(/CONTACT_RETENTION_DAYS/);
    expect(() => contactSettings({ CONTACT_NOTIFY_EMAIL: 'twee@example.org, drie@example.org' })).toThrow(/CONTACT_NOTIFY_EMAIL/);
  });
});

describe('keepNumbersTogether', () => {
  test('marks phone numbers with spaces or hyphens, and leaves other text and short numbers alone', () => {
    expect(keepNumbersTogether('Bel 113, gratis op 0800-0113. Of 0800-266 64 36, of 112.')).toEqual([
      { text: 'Bel 113, gratis op ', number: false },
      { text: '0800-0113', number: true },
      { text: '. Of ', number: false },
      { text: '0800-266 64 36', number: true },
      { text: ', of 112.', number: false },
    ]);
    expect(keepNumbersTogether('Open van 09:00 tot 17:00')).toEqual([{ text: 'Open van 09:00 tot 17:00', number: false }]);
  });
});
