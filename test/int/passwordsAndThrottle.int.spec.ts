import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { passSecondFactor, tokenClaims } from '../helpers/secondFactor';
import { startTestPayload, type TestPayload } from '../helpers/testPayload';

let t: TestPayload;
const STRONG = 'paard batterij nietje correct';

beforeAll(async () => {
  t = await startTestPayload();
  await t.payload.create({ collection: 'users', data: { email: 'beheer@example.org', password: STRONG, roles: ['admin'] } as never, overrideAccess: true });
  await t.payload.create({ collection: 'users', data: { email: 'kim.de.vries@example.org', name: 'Kim de Vries', password: STRONG, roles: ['editor'] } as never, overrideAccess: true });
});
afterAll(async () => {
  await t?.close();
});

async function passwordError(run: () => Promise<unknown>): Promise<string> {
  try {
    await run();
  } catch (error) {
    const data = (error as { data?: { errors?: { path: string; message: string }[] } }).data;
    const field = data?.errors?.find((e) => e.path === 'password');
    return field?.message ?? `other error: ${(error as Error).message}`;
  }
  return 'accepted';
}

describe('password policy', () => {
  test('creating an account refuses a short password with a Dutch explanation', async () => {
    const message = await passwordError(() => t.payload.create({ collection: 'users', data: { email: 'kort@example.org', password: 'kort', roles: ['editor'] } as never, overrideAccess: true }));
    expect(message).toMatch(/^Je wachtwoord heeft 4 tekens\. Het moeten er minstens 12 zijn\./);
    expect(message).toContain('Je hoeft geen hoofdletters, cijfers of leestekens te gebruiken.');
    expect((await t.payload.count({ collection: 'users', where: { email: { equals: 'kort@example.org' } }, overrideAccess: true })).totalDocs).toBe(0);
  });

  test('changing a password refuses one made of the person’s own name, and accepts a passphrase', async () => {
    const { token } = await t.payload.login({ collection: 'users', data: { email: 'kim.de.vries@example.org', password: STRONG } });
    const { user } = await t.payload.auth({ headers: new Headers({ Authorization: `JWT ${token}` }) });
    const change = (password: string) => t.payload.update({ collection: 'users', id: user!.id, data: { password } as never, overrideAccess: false, user: user as never });
    expect(await passwordError(() => change('kimdevries1990'))).toMatch(/te makkelijk te raden/);
    expect(await passwordError(() => change('lantaarn appelmoes vuurtoren'))).toBe('accepted');
    const { docs } = await t.payload.find({ collection: 'audit-log', where: { action: { equals: 'passwordChange' } }, overrideAccess: true });
    expect(docs).toMatchObject([{ actor: String(user!.id), subjectId: String(user!.id) }]);
  });

  test('a new password ends the account’s other sessions, not the one that changed it', async () => {
    const first = await t.payload.login({ collection: 'users', data: { email: 'beheer@example.org', password: STRONG } });
    await passSecondFactor(t.payload, String(first.token));
    const other = await t.payload.login({ collection: 'users', data: { email: 'beheer@example.org', password: STRONG } });
    const auth = async (token: unknown) => (await t.payload.auth({ headers: new Headers({ Authorization: `JWT ${token}` }) })).user;
    const me = await auth(first.token);
    await t.payload.update({ collection: 'users', id: me!.id, data: { password: 'zeilboot wolkenkrabber mosterd' } as never, overrideAccess: false, user: me as never });
    expect(await auth(first.token)).not.toBeNull();
    expect(await auth(other.token)).toBeNull();
  });

  test('resetting a forgotten password applies the same rules', async () => {
    await t.payload.forgotPassword({ collection: 'users', data: { email: 'kim.de.vries@example.org' }, disableEmail: true });
    const account = await t.payload.db.findOne<{ id: number; resetPasswordToken: string }>({ collection: 'users', where: { email: { equals: 'kim.de.vries@example.org' } } });
    const token = account!.resetPasswordToken;
    expect(await passwordError(() => t.payload.resetPassword({ collection: 'users', data: { token, password: 'wachtwoord123' }, overrideAccess: true }))).toMatch(/te makkelijk te raden/);
    expect(await passwordError(() => t.payload.resetPassword({ collection: 'users', data: { token, password: 'regenjas klokhuis trampoline' }, overrideAccess: true }))).toBe('accepted');
  });
});

describe('sign-in throttling', () => {
  test('past 100 attempts in 15 minutes a client is refused before any password check, with a Dutch message', async () => {
    const { attemptCounter } = await import('../../cms/lib/rateLimit/attemptCounter');
    const { BUCKETS, LOGIN_WINDOW_MS } = await import('../../cms/auth/login/loginThrottle');
    const client = '192.0.2.55';
    for (let i = 0; i < 100; i++) await attemptCounter(t.payload).hit(BUCKETS.clientAttempts, client, LOGIN_WINDOW_MS);
    const attempt = (address: string) =>
      t.payload.login({ collection: 'users', data: { email: 'beheer@example.org', password: 'zeilboot wolkenkrabber mosterd' }, req: { headers: new Headers({ 'x-portal-client-address': address }) } as never });
    const refused = await attempt(client).then(
      () => null,
      (error: { status?: number; message: string }) => error,
    );
    expect(refused?.status).toBe(429);
    expect(refused?.message).toMatch(/^Er is te vaak geprobeerd in te loggen vanaf dit netwerk\. Probeer het over (1 minuut|\d+ minuten) opnieuw\.$/);
    // Another client signs in as usual.
    const other = await attempt('192.0.2.56');
    expect(tokenClaims(String(other.token)).sid).toBeTruthy();
  });
});
