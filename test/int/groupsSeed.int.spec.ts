import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startTestPayload, type TestPayload } from '../helpers/testPayload';

let t: TestPayload;
beforeAll(async () => {
  t = await startTestPayload();
});
afterAll(async () => {
  await t?.close();
});

describe('seedGroups', () => {
  test('seeds four upcoming groups with varied availability, one full with a waiting list, and is idempotent', async () => {
    const { seedGroups } = await import('../../seed/groups');
    const { createGroupsSite } = await import('../../cms/groups/createGroupsSite');
    expect(await seedGroups(t.payload)).toBe(4);
    expect(await seedGroups(t.payload)).toBe(0);

    const groups = await createGroupsSite(t.payload).upcoming();
    expect(groups.map((g) => g.city ?? 'online')).toEqual(['Amsterdam', 'Utrecht', 'Den Haag', 'online']);
    expect(groups.map((g) => g.availability)).toEqual(['free', 'full', 'almostFull', 'free']);
    expect(groups.every((g) => g.meetings.length === 5)).toBe(true);
    expect(JSON.stringify(groups)).not.toMatch(/seatsTaken|capacity|meet\.example\.org|Voorbeeldgracht/);

    const { docs } = await t.payload.find({ collection: 'registrations', pagination: false, overrideAccess: true, depth: 0 });
    expect(docs.filter((d) => d.status === 'waitingList')).toHaveLength(2);
    expect(docs.every((d) => String(d.email).endsWith('@example.org') && String(d.name).includes('(voorbeeld)'))).toBe(true);
    const { totalDocs: emails } = await t.payload.count({ collection: 'outbox', overrideAccess: true });
    expect(emails).toBe(0);
  });
});
