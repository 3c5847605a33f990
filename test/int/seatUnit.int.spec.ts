import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestGroup, seatsTaken, signupForm, statusOf, tokenFromEmail } from '../helpers/groupFixtures';
import { startTestPayload, type TestPayload } from '../helpers/testPayload';

let t: TestPayload;
beforeAll(async () => {
  t = await startTestPayload();
});
afterAll(async () => {
  await t?.close();
});

async function signedUp(email: string, capacity: number) {
  const { signUp } = await import('../../cms/groups/signUp');
  const group = await createTestGroup(t.payload, { capacity });
  expect((await signUp(t.payload, { groupSlug: group.slug, form: signupForm({ email }) })).outcome).toBe('created');
  return { group, token: await tokenFromEmail(t.payload, email, 'bevestigen') };
}

describe('claimSeatAndSwitch', () => {
  test.each(['transaction', 'compensate'] as const)('a failure between claim and status leaves seatsTaken correct (%s)', async (unit) => {
    const { confirmRegistration } = await import('../../cms/groups/confirmRegistration');
    const email = `fout-${unit}@example.org`;
    const { group, token } = await signedUp(email, 2);

    await expect(confirmRegistration(t.payload, token, new Date(), { unit, failAfterClaim: true })).rejects.toThrow(/injected/i);
    expect(await seatsTaken(t.payload, group.id)).toBe(0);
    expect(await statusOf(t.payload, email, group.id)).toEqual(['awaitingConfirmation']);

    // Nothing was lost: the same link still works and takes exactly one seat.
    expect((await confirmRegistration(t.payload, token, new Date(), { unit })).outcome).toBe('confirmed');
    expect(await seatsTaken(t.payload, group.id)).toBe(1);
    expect(await statusOf(t.payload, email, group.id)).toEqual(['confirmed']);
  });

  test.each([['transaction', 30], ['compensate', 15]] as const)('%s: %i simultaneous confirmations for 3 places confirm exactly 3', async (unit, people) => {
    const { signUp } = await import('../../cms/groups/signUp');
    const { confirmRegistration } = await import('../../cms/groups/confirmRegistration');
    const group = await createTestGroup(t.payload, { capacity: 3 });
    const emails = Array.from({ length: people }, (_, i) => `drie-${unit}-${i}@example.org`);
    for (const email of emails) await signUp(t.payload, { groupSlug: group.slug, form: signupForm({ email }) });
    const tokens = await Promise.all(emails.map((email) => tokenFromEmail(t.payload, email, 'bevestigen')));
    const outcomes = await Promise.all(tokens.map((token) => confirmRegistration(t.payload, token, new Date(), { unit })));
    expect(outcomes.filter((o) => o.outcome === 'confirmed')).toHaveLength(3);
    expect(outcomes.filter((o) => o.outcome === 'waitingList')).toHaveLength(people - 3);
    expect(await seatsTaken(t.payload, group.id)).toBe(3);
  });
});

describe('recountSeats', () => {
  test('repairs a lost seat only when two runs in a row saw the same difference', async () => {
    const { recountSeats } = await import('../../cms/groups/capacity/recountSeats');
    const { claimSeat } = await import('../../cms/groups/capacity/claimSeat');
    const { confirmRegistration } = await import('../../cms/groups/confirmRegistration');
    const { group, token } = await signedUp('telling@example.org', 4);
    expect((await confirmRegistration(t.payload, token)).outcome).toBe('confirmed');
    // A seat taken by a process that crashed before it changed any registration.
    expect(await claimSeat(t.payload, group.id)).toBe(true);
    expect(await seatsTaken(t.payload, group.id)).toBe(2);

    const memory = new Map();
    expect(await recountSeats(t.payload, memory)).toBe(0);
    expect(await seatsTaken(t.payload, group.id)).toBe(2);
    expect(await recountSeats(t.payload, memory)).toBe(1);
    expect(await seatsTaken(t.payload, group.id)).toBe(1);
    expect(await recountSeats(t.payload, memory)).toBe(0);
  });

  test('leaves a count alone that changed between the two runs (a claim under way)', async () => {
    const { recountSeats } = await import('../../cms/groups/capacity/recountSeats');
    const { claimSeat } = await import('../../cms/groups/capacity/claimSeat');
    const group = await createTestGroup(t.payload, { capacity: 4 });
    expect(await claimSeat(t.payload, group.id)).toBe(true);
    const memory = new Map();
    await recountSeats(t.payload, memory);
    expect(await claimSeat(t.payload, group.id)).toBe(true);
    await recountSeats(t.payload, memory);
    expect(await seatsTaken(t.payload, group.id)).toBe(2);
  });
});
