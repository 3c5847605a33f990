import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestGroup, outboxEmails, seatsTaken } from '../helpers/groupFixtures';
import { passSecondFactor } from '../helpers/secondFactor';
import { startTestPayload, type TestPayload } from '../helpers/testPayload';

let t: TestPayload;
let coordinator: Record<string, unknown>;
let token: string;

beforeAll(async () => {
  t = await startTestPayload();
  await t.payload.create({ collection: 'users', overrideAccess: true, data: { email: 'admin@example.org', password: 'wachtwoord-admin-123', roles: ['admin'] } as never });
  const user = await t.payload.create({ collection: 'users', overrideAccess: true, data: { email: 'coord@example.org', password: 'wachtwoord-coord-123', roles: ['coordinator'] } as never });
  coordinator = { ...(user as object), collection: 'users' };
  token = String((await t.payload.login({ collection: 'users', data: { email: 'coord@example.org', password: 'wachtwoord-coord-123' } })).token);
  await passSecondFactor(t.payload, token);
});
afterAll(async () => {
  await t?.close();
});

/** Stores a registration as the flow would leave it, taking a seat for held states. */
async function registration(groupId: number | string, email: string, status: string) {
  const { SERVICE_CONTEXT } = await import('../../cms/groups/serviceContext');
  const { claimSeat } = await import('../../cms/groups/capacity/claimSeat');
  if (status === 'confirmed' || status === 'offered') expect(await claimSeat(t.payload, groupId)).toBe(true);
  const doc = await t.payload.create({
    collection: 'registrations',
    overrideAccess: true,
    context: SERVICE_CONTEXT,
    data: { group: groupId, name: 'Lou', email, relation: 'sibling', status } as never,
  });
  return doc.id;
}

const saveAsCoordinator = (id: number | string, data: Record<string, unknown>) =>
  t.payload.update({ collection: 'registrations', id, data, overrideAccess: false, user: coordinator as never });

describe('staff changes in the admin keep seats in step', () => {
  test('cancelling a participant frees the seat and offers it to the waiting list', async () => {
    const group = await createTestGroup(t.payload, { capacity: 1 });
    const participant = await registration(group.id, 'deelnemer@example.org', 'confirmed');
    const waiting = await registration(group.id, 'wachtend@example.org', 'waitingList');
    await saveAsCoordinator(participant, { status: 'cancelled' });
    const after = await t.payload.findByID({ collection: 'registrations', id: waiting, overrideAccess: true });
    expect(after.status).toBe('offered');
    expect(await seatsTaken(t.payload, group.id)).toBe(1);
    expect((await outboxEmails(t.payload)).filter((e) => e.to === 'wachtend@example.org').map((e) => e.kind)).toEqual(['placeOffered']);
  });

  test('confirming someone by hand in a full group is refused; with a free seat it takes one', async () => {
    const group = await createTestGroup(t.payload, { capacity: 1 });
    await registration(group.id, 'vol@example.org', 'confirmed');
    const waiting = await registration(group.id, 'hand@example.org', 'waitingList');
    await expect(saveAsCoordinator(waiting, { status: 'confirmed' })).rejects.toMatchObject({ name: 'ValidationError' });
    expect(await seatsTaken(t.payload, group.id)).toBe(1);
    await t.payload.update({ collection: 'groups', id: group.id, overrideAccess: true, data: { capacity: 2 }, context: { skipSideEffects: true } });
    await saveAsCoordinator(waiting, { status: 'confirmed', intakeDone: true });
    expect(await seatsTaken(t.payload, group.id)).toBe(2);
  });

  test('a save that only touches other fields never writes the status back', async () => {
    const { switchStatus } = await import('../../cms/groups/capacity/switchStatus');
    const group = await createTestGroup(t.payload);
    const id = await registration(group.id, 'notitie@example.org', 'waitingList');
    await switchStatus(t.payload, id, 'waitingList', 'offered', new Date());
    await saveAsCoordinator(id, { intakeDone: true, staffNote: 'Gebeld op dinsdag.' });
    const doc = await t.payload.findByID({ collection: 'registrations', id, overrideAccess: true });
    expect([doc.status, doc.intakeDone, doc.staffNote]).toEqual(['offered', true, 'Gebeld op dinsdag.']);
  });

  test('a REST save that claims a seat and then fails validation gives the seat back', async () => {
    const { handleEndpoints } = await import('payload');
    const { default: config } = await import('../../cms/payload.config');
    const group = await createTestGroup(t.payload, { capacity: 3 });
    const id = await registration(group.id, 'rest@example.org', 'waitingList');
    const path = `/api/registrations/${id}`;
    const response = await handleEndpoints({
      config,
      path,
      request: new Request(`http://localhost:3000${path}`, {
        method: 'PATCH',
        headers: { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ status: 'confirmed', staffNote: 'x'.repeat(5000) }),
      }),
    });
    expect(response.status).toBe(400);
    expect(await seatsTaken(t.payload, group.id)).toBe(0);
    expect((await t.payload.findByID({ collection: 'registrations', id, overrideAccess: true })).status).toBe('waitingList');
  });

  test('raising a group’s capacity offers the new places to the waiting list', async () => {
    const group = await createTestGroup(t.payload, { capacity: 1 });
    await registration(group.id, 'eerst@example.org', 'confirmed');
    const a = await registration(group.id, 'wacht-a@example.org', 'waitingList');
    const b = await registration(group.id, 'wacht-b@example.org', 'waitingList');
    await t.payload.update({ collection: 'groups', id: group.id, data: { capacity: 2 }, overrideAccess: false, user: coordinator as never });
    const statuses = await Promise.all([a, b].map(async (id) => (await t.payload.findByID({ collection: 'registrations', id, overrideAccess: true })).status));
    expect(statuses).toEqual(['offered', 'waitingList']);
    expect(await seatsTaken(t.payload, group.id)).toBe(2);
  });
});
