import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestGroup, dayAfter, outboxEmails } from '../helpers/groupFixtures';
import { startTestPayload, type TestPayload } from '../helpers/testPayload';

let t: TestPayload;
const settings = { reminderDays: 2, retentionDays: 30, coordinatorEmail: null };

beforeAll(async () => {
  t = await startTestPayload();
});
afterAll(async () => {
  await t?.close();
});

async function register(groupId: number | string, email: string, status: string) {
  const { SERVICE_CONTEXT } = await import('../../cms/groups/serviceContext');
  await t.payload.create({
    collection: 'registrations',
    overrideAccess: true,
    context: SERVICE_CONTEXT,
    data: { group: groupId, name: 'Noor', email, relation: 'friend', status } as never,
  });
}

describe('sendReminders', () => {
  test('online link only in reminders, only to confirmed people, never twice', async () => {
    const { sendReminders } = await import('../../cms/groups/sendReminders');
    const now = new Date();
    const meetings = [1, 8, 15, 22, 29].map((d) => ({ date: dayAfter(now, d), start: '19:30', end: '21:30' }));
    const group = await createTestGroup(t.payload, { format: 'online', city: null, address: null, meetingLink: 'https://meet.example.org/kamer-7', meetings });
    await register(group.id, 'bevestigd@example.org', 'confirmed');
    await register(group.id, 'wachtend@example.org', 'waitingList');
    await register(group.id, 'aangeboden@example.org', 'offered');

    expect(await sendReminders(t.payload, now, settings)).toEqual({ queued: 1, waitingForLink: 0 });
    expect(await sendReminders(t.payload, now, settings)).toEqual({ queued: 0, waitingForLink: 0 });

    const mails = (await outboxEmails(t.payload)).filter((e) => e.kind === 'reminder');
    expect(mails.map((e) => e.to)).toEqual(['bevestigd@example.org']);
    expect(mails[0]?.subject).toMatch(/^Herinnering: bijeenkomst op /);
    expect(mails[0]?.text).toContain('https://meet.example.org/kamer-7');
    expect(mails[0]?.text).toContain('bijeenkomst 1 van 5');
    // No other email to anyone carries the link.
    const others = (await outboxEmails(t.payload)).filter((e) => e.kind !== 'reminder');
    expect(JSON.stringify(others)).not.toContain('kamer-7');

    // A week later the second meeting is within the window: one new reminder.
    expect(await sendReminders(t.payload, new Date(now.getTime() + 7 * 24 * 3600 * 1000), settings)).toEqual({ queued: 1, waitingForLink: 0 });
  });

  test('an online group without a link waits; REMINDER_DAYS=0 sends none', async () => {
    const { sendReminders } = await import('../../cms/groups/sendReminders');
    const now = new Date(Date.now() + 400 * 24 * 3600 * 1000);
    const meetings = [1, 8, 15, 22, 29].map((d) => ({ date: dayAfter(now, d), start: '19:30', end: '21:30' }));
    const group = await createTestGroup(t.payload, { format: 'online', city: null, address: null, meetingLink: null, meetings });
    await register(group.id, 'zonderlink@example.org', 'confirmed');
    expect(await sendReminders(t.payload, now, settings)).toEqual({ queued: 0, waitingForLink: 1 });
    expect(await sendReminders(t.payload, now, { ...settings, reminderDays: 0 })).toEqual({ queued: 0, waitingForLink: 0 });
  });
});
