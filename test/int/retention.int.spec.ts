import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestGroup, dayAfter } from '../helpers/groupFixtures';
import { startTestPayload, type TestPayload } from '../helpers/testPayload';

let t: TestPayload;
const DAY = 24 * 60 * 60 * 1000;
const settings = { reminderDays: 2, retentionDays: 30, coordinatorEmail: null };

beforeAll(async () => {
  t = await startTestPayload();
});
afterAll(async () => {
  await t?.close();
});

/** A group whose five meetings end with one on `lastDate`. */
async function groupEndingOn(lastDate: string) {
  const last = new Date(`${lastDate}T12:00:00Z`);
  const meetings = [28, 21, 14, 7, 0].map((back) => ({ date: dayAfter(last, -back), start: '19:30', end: '21:30' }));
  return createTestGroup(t.payload, { meetings });
}

/** Stores registrations directly, as they would be after the flow, one per status given. */
async function register(groupId: number | string, statuses: string[]) {
  const { SERVICE_CONTEXT } = await import('../../cms/groups/serviceContext');
  for (const [i, status] of statuses.entries()) {
    await t.payload.create({
      collection: 'registrations',
      overrideAccess: true,
      context: SERVICE_CONTEXT,
      data: { group: groupId, name: `Naam ${i}`, email: `p${i}-${groupId}@example.org`, relation: 'parent', status } as never,
    });
  }
}

async function remaining(groupId: number | string): Promise<number> {
  return (await t.payload.count({ collection: 'registrations', where: { group: { equals: groupId } }, overrideAccess: true })).totalDocs;
}

describe('deleteExpiredRegistrations', () => {
  test('deletes exactly the registrations of groups that ended more than RETENTION_DAYS ago', async () => {
    const { deleteExpiredRegistrations } = await import('../../cms/groups/deleteExpiredRegistrations');
    const { lastMeetingEnd } = await import('../../cms/groups/meetingsOf');
    const now = new Date();
    const old = await groupEndingOn(dayAfter(now, -45));
    const recent = await groupEndingOn(dayAfter(now, -20));
    const upcoming = await createTestGroup(t.payload);
    await register(old.id, ['confirmed', 'confirmed', 'waitingList', 'cancelled', 'expired']);
    await register(recent.id, ['confirmed', 'waitingList']);
    await register(upcoming.id, ['confirmed', 'awaitingConfirmation']);

    const result = await deleteExpiredRegistrations(t.payload, now, settings);

    expect(result).toEqual({ deleted: 5, orphansDeleted: 0, failedEmailsDeleted: 0 });
    expect([await remaining(old.id), await remaining(recent.id), await remaining(upcoming.id)]).toEqual([0, 2, 2]);
    // The group itself stays.
    expect((await t.payload.count({ collection: 'groups', where: { id: { equals: old.id } }, overrideAccess: true })).totalDocs).toBe(1);

    // The limit is exact: one minute before 30 days after the last meeting nothing goes, one minute after it does.
    const end = lastMeetingEnd(recent)?.getTime() ?? 0;
    expect((await deleteExpiredRegistrations(t.payload, new Date(end + 30 * DAY - 60_000), settings)).deleted).toBe(0);
    expect(await remaining(recent.id)).toBe(2);
    expect((await deleteExpiredRegistrations(t.payload, new Date(end + 30 * DAY + 60_000), settings)).deleted).toBe(2);
    expect([await remaining(recent.id), await remaining(upcoming.id)]).toEqual([0, 2]);
  });

  test('RETENTION_DAYS changes the limit', async () => {
    const { deleteExpiredRegistrations } = await import('../../cms/groups/deleteExpiredRegistrations');
    const { groupSettings } = await import('../../cms/groups/groupSettings');
    const now = new Date();
    const group = await groupEndingOn(dayAfter(now, -12));
    await register(group.id, ['confirmed']);
    expect((await deleteExpiredRegistrations(t.payload, now, groupSettings({}))).deleted).toBe(0);
    expect((await deleteExpiredRegistrations(t.payload, now, groupSettings({ RETENTION_DAYS: '10' }))).deleted).toBe(1);
    expect(() => groupSettings({ RETENTION_DAYS: 'dertig' })).toThrow(/RETENTION_DAYS/);
  });

  test('registrations of a deleted group are deleted too', async () => {
    const { deleteExpiredRegistrations } = await import('../../cms/groups/deleteExpiredRegistrations');
    const keep = await createTestGroup(t.payload);
    const gone = await createTestGroup(t.payload);
    await register(keep.id, ['confirmed']);
    await register(gone.id, ['awaitingConfirmation', 'waitingList']);
    await t.payload.delete({ collection: 'groups', id: gone.id, overrideAccess: true, context: { skipSideEffects: true } });

    const result = await deleteExpiredRegistrations(t.payload, new Date(), settings);

    expect(result.orphansDeleted).toBe(2);
    expect(await remaining(keep.id)).toBe(1);
    expect((await t.payload.count({ collection: 'registrations', overrideAccess: true })).totalDocs).toBe(3);
  });
});
