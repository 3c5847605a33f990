import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Role } from '../../cms/access/roles';
import { createTestGroup, signupForm } from '../helpers/groupFixtures';
import { passSecondFactor } from '../helpers/secondFactor';
import { startTestPayload, type TestPayload } from '../helpers/testPayload';

let t: TestPayload;
type User = { id: number | string; email: string; roles: Role[]; collection: 'users' };
const users = {} as Record<Role, User>;
const tokens = {} as Record<Role, string>;
const PASSWORD = 'een-lang-test-wachtwoord-42';
let groupId: number | string;
let hiddenGroupId: number | string;

beforeAll(async () => {
  t = await startTestPayload();
  // The first account becomes administrator; create it first.
  for (const role of ['admin', 'editor', 'coordinator', 'analyst'] as Role[]) {
    const user = await t.payload.create({ collection: 'users', overrideAccess: true, data: { email: `${role}@example.org`, password: PASSWORD, roles: [role] } as never });
    users[role] = { ...(user as unknown as User), collection: 'users' };
    const login = await t.payload.login({ collection: 'users', data: { email: `${role}@example.org`, password: PASSWORD } });
    tokens[role] = String(login.token);
    await passSecondFactor(t.payload, tokens[role]);
  }
  const { signUp } = await import('../../cms/groups/signUp');
  const group = await createTestGroup(t.payload, { format: 'online', city: null, address: null, meetingLink: 'https://meet.example.org/geheim' });
  groupId = group.id;
  hiddenGroupId = (await createTestGroup(t.payload, { published: false })).id;
  await signUp(t.payload, { groupSlug: group.slug, form: signupForm({ email: 'naaste@example.org', name: 'Robin' }) });
});
afterAll(async () => {
  await t?.close();
});

const readAs = (user: User | undefined) =>
  t.payload.find({ collection: 'registrations', overrideAccess: false, user, depth: 0 }).then(
    (result) => ({ ok: true as const, names: result.docs.map((d) => d.name) }),
    (error: Error) => ({ ok: false as const, error: error.name }),
  );

describe('registrations access matrix (Local API)', () => {
  test('admin and coordinator read registrations, decrypted', async () => {
    expect(await readAs(users.admin)).toEqual({ ok: true, names: ['Robin'] });
    expect(await readAs(users.coordinator)).toEqual({ ok: true, names: ['Robin'] });
  });

  test('editors, analysts and the anonymous public get Forbidden', async () => {
    for (const user of [users.editor, users.analyst, undefined]) expect(await readAs(user)).toEqual({ ok: false, error: 'Forbidden' });
  });

  test('nobody creates a registration through the API, not even an administrator', async () => {
    for (const user of [users.admin, users.coordinator, undefined]) {
      const attempt = t.payload.create({
        collection: 'registrations',
        overrideAccess: false,
        user,
        data: { group: groupId, name: 'X', email: 'x@example.org', relation: 'other' } as never,
      });
      await expect(attempt).rejects.toMatchObject({ name: 'Forbidden' });
    }
  });

  test('editors and analysts cannot update or delete a registration', async () => {
    const { docs } = await t.payload.find({ collection: 'registrations', overrideAccess: true, limit: 1 });
    const id = docs[0]?.id ?? 0;
    for (const user of [users.editor, users.analyst]) {
      await expect(t.payload.update({ collection: 'registrations', id, overrideAccess: false, user, data: { intakeDone: true } })).rejects.toMatchObject({ name: 'Forbidden' });
      await expect(t.payload.delete({ collection: 'registrations', id, overrideAccess: false, user })).rejects.toMatchObject({ name: 'Forbidden' });
    }
  });

  test('the outbox is readable by administrators only', async () => {
    const read = (user: User | undefined) => t.payload.find({ collection: 'outbox', overrideAccess: false, user }).then((r) => r.docs.map((d) => d.to), (e: Error) => e.name);
    expect(await read(users.admin)).toEqual(['naaste@example.org']);
    for (const user of [users.coordinator, users.editor, users.analyst, undefined]) expect(await read(user)).toBe('Forbidden');
  });
});

describe('groups access', () => {
  test('the public reads published groups only, without meeting link, address or seat count', async () => {
    const { docs } = await t.payload.find({ collection: 'groups', overrideAccess: false, depth: 0 });
    expect(docs.map((d) => d.id)).toEqual([groupId]);
    const group = docs[0] as unknown as Record<string, unknown>;
    expect(group).not.toHaveProperty('meetingLink');
    expect(group).not.toHaveProperty('address');
    expect(group).not.toHaveProperty('seatsTaken');
    expect(JSON.stringify(docs)).not.toContain('meet.example.org');
  });

  test('editors cannot see the meeting link; coordinators see it and unpublished groups', async () => {
    const asEditor = await t.payload.findByID({ collection: 'groups', id: groupId, overrideAccess: false, user: users.editor });
    expect(asEditor).not.toHaveProperty('meetingLink');
    await expect(t.payload.update({ collection: 'groups', id: groupId, overrideAccess: false, user: users.editor, data: { title: 'x' } })).rejects.toMatchObject({ name: 'Forbidden' });
    const asCoordinator = await t.payload.find({ collection: 'groups', overrideAccess: false, user: users.coordinator, sort: 'createdAt' });
    expect(asCoordinator.docs.map((d) => d.id)).toEqual([groupId, hiddenGroupId]);
    expect(asCoordinator.docs[0]?.meetingLink).toBe('https://meet.example.org/geheim');
  });
});

describe('registrations access over REST and GraphQL', () => {
  const rest = async (path: string, role?: Role) => {
    const { handleEndpoints } = await import('payload');
    const { default: config } = await import('../../cms/payload.config');
    const headers = role ? { Authorization: `JWT ${tokens[role]}` } : undefined;
    return handleEndpoints({ config, path: path.split('?')[0], request: new Request(`http://localhost:3000${path}`, { headers }) });
  };
  const graphql = async (query: string, role?: Role) => {
    const { GRAPHQL_POST } = await import('@payloadcms/next/routes');
    const { default: config } = await import('../../cms/payload.config');
    const headers: Record<string, string> = { 'Content-Type': 'application/json', ...(role ? { Authorization: `JWT ${tokens[role]}` } : {}) };
    const response = await GRAPHQL_POST(config)(new Request('http://localhost:3000/api/graphql', { method: 'POST', headers, body: JSON.stringify({ query }) }));
    return (await response.json()) as { data?: Record<string, { docs: { name: string }[] } | null>; errors?: { message: string }[] };
  };

  test('GET /api/registrations: 200 with data for coordinators, 403 for everyone else', async () => {
    const ok = await rest('/api/registrations', 'coordinator');
    expect(ok.status).toBe(200);
    expect(((await ok.json()) as { docs: { name: string }[] }).docs.map((d) => d.name)).toEqual(['Robin']);
    for (const role of ['editor', 'analyst', undefined] as const) {
      const denied = await rest('/api/registrations', role);
      expect(denied.status).toBe(403);
      expect(await denied.text()).not.toContain('Robin');
    }
  });

  test('GraphQL Registrations: data for coordinators, an error and no data for everyone else', async () => {
    const query = '{ Registrations { docs { name } } }';
    expect((await graphql(query, 'coordinator')).data?.Registrations?.docs).toEqual([{ name: 'Robin' }]);
    for (const role of ['editor', 'analyst', undefined] as const) {
      const result = await graphql(query, role);
      expect(result.data?.Registrations ?? null).toBeNull();
      expect(result.errors?.length).toBeGreaterThan(0);
    }
  });

  test('the CSV export is for coordinators only and neutralises formulas', async () => {
    const { signUp } = await import('../../cms/groups/signUp');
    const { docs } = await t.payload.find({ collection: 'groups', where: { id: { equals: groupId } }, overrideAccess: true });
    await signUp(t.payload, { groupSlug: String(docs[0]?.slug), form: signupForm({ email: 'formule@example.org', name: '=HYPERLINK("x";"y")' }) });
    const csv = await rest(`/api/registrations/export?group=${groupId}`, 'coordinator');
    expect(csv.status, await csv.clone().text()).toBe(200);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const text = await csv.text();
    const lines = text.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('"Naam";"E-mail";"Telefoon";"Relatie";"Status";"Kennismaking gehad";"Aangemeld op";"Bericht";"Notitie"');
    expect(lines).toHaveLength(3);
    expect(text).toContain('"Robin";"naaste@example.org"');
    expect(text).toContain(`"'=HYPERLINK(""x"";""y"")"`);
    for (const role of ['editor', 'analyst', undefined] as const) {
      expect((await rest(`/api/registrations/export?group=${groupId}`, role)).status).toBe(403);
    }
  });
});
