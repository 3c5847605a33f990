import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestGroup, signupForm } from '../helpers/groupFixtures';
import { codeFor, passSecondFactorOverHttp, tokenClaims } from '../helpers/secondFactor';
import { startTestServer, type TestServer } from '../helpers/testServer';

let server: TestServer;
let groupId: number | string;
const PASSWORD = 'een-lang-test-wachtwoord-42';

beforeAll(async () => {
  server = await startTestServer({ withAdmin: true });
  for (const [email, roles] of [
    ['beheer@example.org', ['admin']],
    ['coordinator@example.org', ['coordinator']],
    ['redactie@example.org', ['editor']],
  ] as const) {
    await server.payload.create({ collection: 'users', data: { email, password: PASSWORD, roles: [...roles] } as never, overrideAccess: true });
  }
  const group = await createTestGroup(server.payload);
  groupId = group.id;
  const { signUp } = await import('../../cms/groups/signUp');
  await signUp(server.payload, { groupSlug: group.slug, form: signupForm({ email: 'naaste@example.org', name: 'Robin' }) });
}, 300_000);
afterAll(async () => {
  await server?.stop();
});

async function login(email: string): Promise<string> {
  const res = await server.get('/api/users/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password: PASSWORD }) });
  expect(res.status).toBe(200);
  return ((await res.json()) as { token: string }).token;
}

const as = (token: string, init: RequestInit = {}) => ({ ...init, headers: { 'content-type': 'application/json', authorization: `JWT ${token}`, ...(init.headers as Record<string, string>) } });

async function graphqlNames(token: string): Promise<string[] | null> {
  const res = await server.get('/api/graphql', as(token, { method: 'POST', body: JSON.stringify({ query: '{ Registrations { docs { name } } }' }) }));
  const body = (await res.json()) as { data?: { Registrations?: { docs: { name: string }[] } | null } };
  return body.data?.Registrations?.docs.map((d) => d.name) ?? null;
}

describe('second factor over HTTP', () => {
  test('with only the password, a coordinator reaches no registration over REST, GraphQL or the CSV export', async () => {
    const token = await login('coordinator@example.org');
    expect((await server.get('/api/registrations', as(token))).status).toBe(403);
    expect((await server.get(`/api/registrations/export?group=${groupId}`, as(token))).status).toBe(403);
    expect(await graphqlNames(token)).toBeNull();
    // Their own account is readable (the admin needs it), nothing about it can be changed.
    const me = (await (await server.get('/api/users/me', as(token))).json()) as { user?: { email: string; secondFactor?: unknown } };
    expect(me.user?.email).toBe('coordinator@example.org');
    expect(me.user).not.toHaveProperty('secondFactor');
    const { id } = tokenClaims(token);
    expect((await server.get(`/api/users/${id}`, as(token, { method: 'PATCH', body: JSON.stringify({ name: 'Iemand anders' }) }))).status).toBe(403);

    const wrong = await server.get('/api/users/second-factor/verify', as(token, { method: 'POST', body: JSON.stringify({ code: '000000' }) }));
    expect(wrong.status).toBe(409);
    const { secret } = await passSecondFactorOverHttp(server.url, token);
    expect((await server.get('/api/registrations', as(token))).status).toBe(200);
    expect(await graphqlNames(token)).toContain('Robin');
    const csv = await server.get(`/api/registrations/export?group=${groupId}`, as(token));
    expect(csv.status).toBe(200);
    expect(await csv.text()).toContain('naaste@example.org');

    // The next sign-in asks for a code again; a wrong code is refused with a Dutch explanation.
    const next = await login('coordinator@example.org');
    expect((await server.get('/api/registrations', as(next))).status).toBe(403);
    const refused = await server.get('/api/users/second-factor/verify', as(next, { method: 'POST', body: JSON.stringify({ code: '000000' }) }));
    expect(refused.status).toBe(400);
    expect(((await refused.json()) as { errors: { message: string }[] }).errors[0]?.message).toMatch(/Deze code klopt niet/);
    const step = Math.floor(Date.now() / 30_000) + 1;
    const ok = await server.get('/api/users/second-factor/verify', as(next, { method: 'POST', body: JSON.stringify({ code: codeFor(secret, step * 30_000) }) }));
    expect(ok.status).toBe(200);
    expect((await server.get('/api/registrations', as(next))).status).toBe(200);
  });

  test('setting up a new app needs a session that gave the current code', async () => {
    const token = await login('coordinator@example.org');
    const res = await server.get('/api/users/second-factor/setup', as(token, { method: 'POST' }));
    expect(res.status).toBe(403);
  });
});

describe('session lifetime', () => {
  test('a session token lasts 30 minutes of inactivity; renewing it never goes past 8 hours after sign-in', async () => {
    const token = await login('redactie@example.org');
    const claims = tokenClaims(token);
    expect(claims.exp - claims.iat).toBe(30 * 60);

    const refresh = (t: string) => server.get('/api/users/refresh-token', as(t, { method: 'POST' }));
    const renewed = await refresh(token);
    expect(renewed.status).toBe(200);
    expect(tokenClaims(((await renewed.json()) as { refreshedToken: string }).refreshedToken).exp - Math.floor(Date.now() / 1000)).toBeGreaterThan(29 * 60);

    // Pretend the session began 7 h 50 min ago: the renewed token ends at the 8-hour mark.
    const { readAccount, writeAccountSecurity } = await import('../../cms/auth/secondFactor/accountStore');
    const setStart = async (msAgo: number) => {
      const account = await readAccount(server.payload, claims.id);
      const sessions = (account?.sessions ?? []).map((s) => (s.id === claims.sid ? { ...s, createdAt: new Date(Date.now() - msAgo).toISOString() } : s));
      await writeAccountSecurity(server.payload, claims.id, { sessions });
    };
    await setStart((7 * 60 + 50) * 60 * 1000);
    const capped = await refresh(token);
    expect(capped.status).toBe(200);
    const cappedExp = tokenClaims(((await capped.json()) as { refreshedToken: string }).refreshedToken).exp;
    expect(cappedExp - Math.floor(Date.now() / 1000)).toBeLessThanOrEqual(10 * 60 + 2);
    expect(cappedExp - Math.floor(Date.now() / 1000)).toBeGreaterThan(9 * 60);

    await setStart(8 * 60 * 60 * 1000 + 1000);
    expect((await refresh(token)).status).toBe(403);
  });

  test('an administrator logs another account out everywhere; its tokens stop working at once', async () => {
    const admin = await login('beheer@example.org');
    await passSecondFactorOverHttp(server.url, admin);
    const editorA = await login('redactie@example.org');
    const editorB = await login('redactie@example.org');
    const me = async (t: string) => ((await (await server.get('/api/users/me', as(t))).json()) as { user: unknown }).user;
    expect(await me(editorA)).not.toBeNull();
    const { id } = tokenClaims(editorA);

    // Not for another staff member's account…
    expect((await server.get(`/api/users/${tokenClaims(admin).id}/logout-everywhere`, as(editorA, { method: 'POST' }))).status).toBe(403);
    // …but for an administrator.
    expect((await server.get(`/api/users/${id}/logout-everywhere`, as(admin, { method: 'POST' }))).status).toBe(200);
    expect(await me(editorA)).toBeNull();
    expect(await me(editorB)).toBeNull();
    expect(await me(admin)).not.toBeNull();
    const { docs } = await server.payload.find({ collection: 'audit-log', where: { action: { equals: 'logoutEverywhere' } }, overrideAccess: true });
    expect(docs).toMatchObject([{ actor: String(tokenClaims(admin).id), subjectId: String(id) }]);
  });

  test('wrong passwords never lock an account: the right one works after them', async () => {
    for (let i = 0; i < 6; i++) {
      const res = await server.get('/api/users/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'redactie@example.org', password: 'fout-wachtwoord' }) });
      expect(res.status).toBe(401);
    }
    await login('redactie@example.org');
  });
});
