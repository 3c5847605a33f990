import { describe, expect, test } from 'vitest';
import { toCsv } from '../../cms/collections/Registrations/toCsv';
import { describeSendError } from '../../cms/email/outbox/describeSendError';
import { retryDelay } from '../../cms/email/outbox/retryDelay';
import { availabilityOf } from '../../cms/groups/availabilityOf';
import { groupSettings } from '../../cms/groups/groupSettings';
import { meetingsOf } from '../../cms/groups/meetingsOf';
import { createRateLimiter } from '../../cms/groups/rateLimit';
import { createMemoryAttemptCounter } from '../../cms/lib/rateLimit/memoryAttemptCounter';

describe('availabilityOf', () => {
  test('says free, almost full or full, never how many', () => {
    expect([availabilityOf(8, 0), availabilityOf(8, 5), availabilityOf(8, 6), availabilityOf(8, 7), availabilityOf(8, 8), availabilityOf(5, 9)]).toEqual([
      'free',
      'free',
      'almostFull',
      'almostFull',
      'full',
      'full',
    ]);
  });
});

describe('createRateLimiter', () => {
  test('allows 5 attempts per address per 10 minutes', async () => {
    let now = 0;
    const limiter = createRateLimiter(createMemoryAttemptCounter(() => now));
    const taken: boolean[] = [];
    for (let i = 0; i < 6; i++) taken.push(await limiter.take('192.0.2.1'));
    expect(taken).toEqual([true, true, true, true, true, false]);
    expect(await limiter.take('192.0.2.2')).toBe(true);
    now += 10 * 60 * 1000;
    expect(await limiter.take('192.0.2.1')).toBe(true);
  });

  test('does not lock everyone out when the address is unknown', async () => {
    const limiter = createRateLimiter(createMemoryAttemptCounter(), { limit: 1 });
    expect([await limiter.take(undefined), await limiter.take(undefined)]).toEqual([true, true]);
  });
});

describe('toCsv', () => {
  test('quotes every cell, doubles quotes and defuses formulas', () => {
    expect(toCsv([['a', 'b"c', null], ['=1+1', '-2', '@x'], ['regel\neen', 'x;y', 3]])).toBe(
      '\uFEFF"a";"b""c";""\r\n"\'=1+1";"\'-2";"\'@x"\r\n"regel\neen";"x;y";"3"\r\n',
    );
  });
});

describe('retryDelay', () => {
  test('doubles from 30 seconds and stops growing at 2 hours', () => {
    const exact = (n: number) => retryDelay(n, () => 0.5);
    expect([1, 2, 3, 4].map(exact)).toEqual([30_000, 60_000, 120_000, 240_000]);
    expect(exact(20)).toBe(2 * 60 * 60 * 1000);
  });
});

describe('describeSendError', () => {
  test('removes email addresses and caps the length', () => {
    const text = describeSendError(Object.assign(new Error(`550 5.1.1 <iemand@example.org>: user unknown ${'x'.repeat(500)}`), { code: 'EENVELOPE', responseCode: 550 }));
    expect(text).not.toContain('iemand@example.org');
    expect(text.startsWith('EENVELOPE 550 550 5.1.1 <[adres]>')).toBe(true);
    expect(text.length).toBeLessThanOrEqual(300);
  });
});

describe('groupSettings', () => {
  test('reads REMINDER_DAYS, RETENTION_DAYS and COORDINATOR_EMAIL with defaults', () => {
    expect(groupSettings({})).toEqual({ reminderDays: 2, retentionDays: 30, coordinatorEmail: null });
    expect(groupSettings({ REMINDER_DAYS: '3', RETENTION_DAYS: '14', COORDINATOR_EMAIL: 'c@example.org' })).toEqual({ reminderDays: 3, retentionDays: 14, coordinatorEmail: 'c@example.org' });
    expect(() => groupSettings({ REMINDER_DAYS: '-1' })).toThrow(/REMINDER_DAYS/);
  });
});

describe('meetingsOf', () => {
  test('sorts meetings, reads admin date values as Amsterdam days and skips broken rows', () => {
    const meetings = meetingsOf({
      meetings: [
        { date: '2027-03-09T23:00:00.000Z', start: '19:30', end: '21:30' },
        { date: '2027-03-03', start: '19:30', end: '21:30' },
        { date: '2027-03-17', start: '21:30', end: '19:30' },
        { date: null, start: '19:30', end: '21:30' },
      ],
    });
    expect(meetings.map((m) => m.date)).toEqual(['2027-03-03', '2027-03-10']);
  });
});
