import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { outboxEmails } from '../helpers/groupFixtures';
import { startTestPayload, type TestPayload } from '../helpers/testPayload';

let t: TestPayload;
beforeAll(async () => {
  t = await startTestPayload();
});
afterAll(async () => {
  await t?.close();
});

describe('outboxEmailAdapter', () => {
  test("queues Payload's own e-mails (forgot password) in the outbox with a text part", async () => {
    await t.payload.create({ collection: 'users', data: { email: 'vergeten@example.org', password: 'een-lang-wachtwoord-123', roles: ['editor'] } as never, overrideAccess: true });
    await t.payload.forgotPassword({ collection: 'users', data: { email: 'vergeten@example.org' }, disableEmail: false });
    const staff = (await outboxEmails(t.payload)).filter((e) => e.kind === 'staffAccount');
    expect(staff).toHaveLength(1);
    expect(staff[0]).toMatchObject({ to: 'vergeten@example.org', status: 'pending' });
    expect(staff[0]!.text ?? '').toMatch(/reset|wachtwoord/i);
  });
});
