import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/testServer';

let server: TestServer;
const PASSWORD = 'een-lang-test-wachtwoord-42';

beforeAll(async () => {
  server = await startTestServer({ withAdmin: true });
  for (const [email, roles] of [
    ['beheer@example.org', ['admin']],
    ['slot@example.org', ['editor']],
  ] as const) {
    await server.payload.create({ collection: 'users', data: { email, password: PASSWORD, roles: [...roles] } as never, overrideAccess: true });
  }
}, 240_000);
afterAll(async () => {
  await server?.stop();
});

function login(email: string, password: string) {
  return server.get('/api/users/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) });
}

describe('staff sessions', () => {
  test('set an HttpOnly, SameSite=Strict session cookie', async () => {
    const res = await login('beheer@example.org', PASSWORD);
    expect(res.status).toBe(200);
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/payload-token=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
  });

  test('never lock an account: after five wrong passwords the right one still works', async () => {
    for (let i = 0; i < 5; i++) expect((await login('slot@example.org', 'fout-wachtwoord')).status).toBe(401);
    const owner = await login('slot@example.org', PASSWORD);
    expect(owner.status).toBe(200);
    expect(owner.headers.get('set-cookie')).toMatch(/payload-token=/);
  });

  test('the admin gets its own, looser policy, still without framing by others', async () => {
    const res = await server.get('/admin/login');
    expect(res.status).toBe(200);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("frame-ancestors 'self'");
    expect(csp).not.toMatch(/https?:\/\//);
  });
});

describe('API', () => {
  test('answers GraphQL at /api/graphql only for signed-in staff', async () => {
    const query = JSON.stringify({ query: '{ Modules(limit: 20, sort: "number") { docs { number slug } } Users { docs { email } } }' });
    const anonymous = await server.get('/api/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: query });
    expect(anonymous.status).toBe(401);
    const { token } = (await (await login('beheer@example.org', PASSWORD)).json()) as { token: string };
    const res = await server.get('/api/graphql', { method: 'POST', headers: { 'content-type': 'application/json', authorization: `JWT ${token}` }, body: query });
    const body = (await res.json()) as { data?: { Modules?: { docs: { number: number }[] } } };
    expect(body.data?.Modules?.docs.map((d) => d.number).slice(0, 3)).toEqual([1, 2, 3]);
  });
});

describe('global content', () => {
  test('a helpline edit reaches every cached page on the next request', async () => {
    await server.get('/zelfhulp');
    expect((await server.get('/zelfhulp')).headers.get('x-cache')).toBe('HIT');
    await server.payload.updateGlobal({ slug: 'helpline', data: { phone: '0800-000 00 00' } as never, overrideAccess: true });
    const res = await server.get('/zelfhulp');
    expect(res.headers.get('x-cache')).toBe('MISS');
    expect(await res.text()).toContain('0800-000 00 00');
  });
});
