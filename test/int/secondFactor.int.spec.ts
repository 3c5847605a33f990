import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Role } from '../../cms/access/roles';
import { makeStaff } from '../helpers/accessMatrix';
import { createTestGroup, signupForm } from '../helpers/groupFixtures';
import { codeFor, freshCodeFor, nextCodeFor, passSecondFactor, tokenClaims } from '../helpers/secondFactor';
import { startTestPayload, type TestPayload } from '../helpers/testPayload';

let t: TestPayload;
let staff: Record<Role, Record<string, unknown>>;
const PASSWORD = 'matrix-test-wachtwoord-123';

beforeAll(async () => {
  t = await startTestPayload();
  staff = await makeStaff(t.payload);
  const group = await createTestGroup(t.payload);
  const { signUp } = await import('../../cms/groups/signUp');
  await signUp(t.payload, { groupSlug: group.slug, form: signupForm({ email: 'naaste@example.org', name: 'Robin' }) });
});
afterAll(async () => {
  await t?.close();
});

async function signIn(role: Role): Promise<{ token: string; id: number | string; sid: string }> {
  return signInAs(String(staff[role].email));
}

async function signInAs(email: string): Promise<{ token: string; id: number | string; sid: string }> {
  const { token } = await t.payload.login({ collection: 'users', data: { email, password: PASSWORD } });
  const claims = tokenClaims(String(token));
  return { token: String(token), id: claims.id, sid: claims.sid };
}

/** req.user as Payload builds it from a session token (what REST, GraphQL and the admin see). */
async function userOfToken(token: string) {
  const { user } = await t.payload.auth({ headers: new Headers({ Authorization: `JWT ${token}` }) });
  return user;
}

const readRegistrations = async (token: string) => {
  const user = await userOfToken(token);
  return t.payload.find({ collection: 'registrations', overrideAccess: false, user: user as never, depth: 0 }).then(
    (r) => r.docs.map((d) => d.name),
    () => 'refused' as const,
  );
};

describe('second factor', () => {
  test('a coordinator who gave only the password reaches no registration; after the code, they do', async () => {
    const session = await signIn('coordinator');
    const { hasRole } = await import('../../cms/access/roles');
    expect(hasRole(await userOfToken(session.token), 'coordinator')).toBe(false);
    expect(await readRegistrations(session.token)).toBe('refused');
    await passSecondFactor(t.payload, session.token);
    expect(hasRole(await userOfToken(session.token), 'coordinator')).toBe(true);
    expect(await readRegistrations(session.token)).toEqual(['Robin']);
  });

  test('the verified state belongs to one session: a new sign-in needs a code again', async () => {
    const first = await signIn('admin');
    const secret = await passSecondFactor(t.payload, first.token);
    const second = await signIn('admin');
    expect(await readRegistrations(second.token)).toBe('refused');
    const { verifySecondFactor } = await import('../../cms/auth/secondFactor/verifySecondFactor');
    expect(await verifySecondFactor(t.payload, second.id, second.sid, { code: nextCodeFor(secret) })).toMatchObject({ ok: true });
    expect(await readRegistrations(second.token)).toEqual(['Robin']);
  });

  test('a code is accepted once: replaying it in another session fails', async () => {
    const a = await signIn('counsellor');
    const secret = await passSecondFactor(t.payload, a.token);
    const { verifySecondFactor } = await import('../../cms/auth/secondFactor/verifySecondFactor');
    const b = await signIn('counsellor');
    const code = nextCodeFor(secret);
    expect(await verifySecondFactor(t.payload, b.id, b.sid, { code })).toMatchObject({ ok: true });
    const c = await signIn('counsellor');
    expect(await verifySecondFactor(t.payload, c.id, c.sid, { code })).toEqual({ ok: false, reason: 'wrongCode' });
  });

  test('a recovery code works exactly once', async () => {
    const first = await signIn('editor');
    const { id, sid } = first;
    const { beginSetup } = await import('../../cms/auth/secondFactor/beginSetup');
    const { confirmSetup } = await import('../../cms/auth/secondFactor/confirmSetup');
    const { readAccount } = await import('../../cms/auth/secondFactor/accountStore');
    const setup = await beginSetup(t.payload, { ...(await readAccount(t.payload, id))!, _sid: sid });
    if (!setup.ok) throw new Error('setup refused');
    const confirmed = await confirmSetup(t.payload, id, sid, codeFor(setup.secret));
    if (!confirmed.ok) throw new Error(confirmed.reason);
    expect(confirmed.recoveryCodes).toHaveLength(10);
    // Stored only as hashes.
    const stored = JSON.stringify((await readAccount(t.payload, id))?.secondFactor);
    for (const code of confirmed.recoveryCodes) expect(stored).not.toContain(code);

    const { verifySecondFactor } = await import('../../cms/auth/secondFactor/verifySecondFactor');
    const recovery = confirmed.recoveryCodes[3]!;
    const second = await signIn('editor');
    expect(await verifySecondFactor(t.payload, second.id, second.sid, { recoveryCode: recovery.toUpperCase() })).toEqual({ ok: true, recoveryCodesLeft: 9 });
    const third = await signIn('editor');
    expect(await verifySecondFactor(t.payload, third.id, third.sid, { recoveryCode: recovery })).toEqual({ ok: false, reason: 'wrongCode' });
  });

  test('someone with only the password cannot replace the app with their own', async () => {
    const owner = await signIn('coordinator');
    const { readAccount } = await import('../../cms/auth/secondFactor/accountStore');
    expect((await readAccount(t.payload, owner.id))?.secondFactor?.secret).toBeTruthy();
    const { beginSetup } = await import('../../cms/auth/secondFactor/beginSetup');
    expect(await beginSetup(t.payload, { ...(await readAccount(t.payload, owner.id))!, _sid: owner.sid })).toEqual({ ok: false, reason: 'notAllowed' });
  });

  test('five wrong codes end the session; the account is not locked for its owner', async () => {
    // A second administrator whose app has just been set up, so the owner's next code needs no
    // wait for a new 30-second period (a code works once).
    const email = 'tweede-beheerder@example.org';
    await t.payload.create({ collection: 'users', data: { email, password: PASSWORD, roles: ['admin'] } as never, overrideAccess: true });
    const secret = await passSecondFactor(t.payload, (await signInAs(email)).token);
    const attacker = await signInAs(email);
    const { verifySecondFactor } = await import('../../cms/auth/secondFactor/verifySecondFactor');
    const results = [];
    for (let i = 0; i < 5; i++) results.push(await verifySecondFactor(t.payload, attacker.id, attacker.sid, { code: '000000' }));
    expect(results.slice(0, 4).every((r) => !r.ok && r.reason === 'wrongCode')).toBe(true);
    expect(results[4]).toEqual({ ok: false, reason: 'sessionEnded' });
    expect(await userOfToken(attacker.token)).toBeNull();
    // The owner, in their own session, still gets in with their code.
    const owner = await signInAs(email);
    expect(await verifySecondFactor(t.payload, owner.id, owner.sid, { code: await freshCodeFor(t.payload, secret, owner.id) })).toMatchObject({ ok: true });
  });

  test('a pending user cannot change their own password or name', async () => {
    const session = await signIn('analyst');
    const { readAccount } = await import('../../cms/auth/secondFactor/accountStore');
    await passSecondFactor(t.payload, session.token);
    const pending = await signIn('analyst');
    const user = await userOfToken(pending.token);
    await expect(t.payload.update({ collection: 'users', id: pending.id, data: { password: 'een-heel-ander-lang-wachtwoord-9' } as never, overrideAccess: false, user: user as never })).rejects.toThrow();
    expect((await readAccount(t.payload, pending.id))?.email).toBe(staff.analyst.email);
  });

  test('the second-factor data never leaves the server through the API', async () => {
    const session = await signIn('coordinator');
    const user = await userOfToken(session.token);
    const me = await t.payload.findByID({ collection: 'users', id: session.id, overrideAccess: false, user: user as never });
    expect(me).not.toHaveProperty('secondFactor');
  });
});
