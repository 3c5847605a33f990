import type { Payload } from 'payload';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Role } from '../../cms/access/roles';
import { makeStaff } from '../helpers/accessMatrix';
import { createTestGroup, signupForm } from '../helpers/groupFixtures';
import { passSecondFactor } from '../helpers/secondFactor';
import { startTestPayload, type TestPayload } from '../helpers/testPayload';

let t: TestPayload;
let staff: Record<Role, Record<string, unknown>>;
let coordinatorToken: string;
let groupId: number | string;
let registrationIds: (number | string)[];
const PASSWORD = 'matrix-test-wachtwoord-123';

type Entry = { action: string; actor?: string | null; subject?: string | null; subjectId?: string | null; detail?: string | null; channel?: string | null };

async function entries(payload: Payload, where: Record<string, unknown> = {}): Promise<Entry[]> {
  const { docs } = await payload.find({ collection: 'audit-log', where: where as never, pagination: false, sort: 'createdAt', overrideAccess: true, depth: 0 });
  return docs as unknown as Entry[];
}

/** Entries written while `run` ran. */
async function entriesDuring(run: () => Promise<unknown>): Promise<Entry[]> {
  const before = (await entries(t.payload)).length;
  await run();
  return (await entries(t.payload)).slice(before);
}

beforeAll(async () => {
  t = await startTestPayload();
  staff = await makeStaff(t.payload);
  const login = await t.payload.login({ collection: 'users', data: { email: String(staff.coordinator.email), password: PASSWORD } });
  coordinatorToken = String(login.token);
  await passSecondFactor(t.payload, coordinatorToken);
  const group = await createTestGroup(t.payload);
  groupId = group.id;
  const { signUp } = await import('../../cms/groups/signUp');
  for (const email of ['een@example.org', 'twee@example.org']) await signUp(t.payload, { groupSlug: group.slug, form: signupForm({ email, name: 'Robin' }) });
  const { docs } = await t.payload.find({ collection: 'registrations', overrideAccess: true, depth: 0, sort: 'createdAt' });
  registrationIds = docs.map((d) => d.id);
});
afterAll(async () => {
  await t?.close();
});

const rest = async (path: string, init: RequestInit = {}) => {
  const { handleEndpoints } = await import('payload');
  const { default: config } = await import('../../cms/payload.config');
  const headers = { Authorization: `JWT ${coordinatorToken}`, ...(init.headers as Record<string, string>) };
  return handleEndpoints({ config, path: path.split('?')[0], request: new Request(`http://localhost:3000${path}`, { ...init, headers }) });
};

describe('audit trail of registrations', () => {
  test('a Local API read with a staff member’s rights records who read which registration', async () => {
    const coordinator = staff.coordinator;
    const written = await entriesDuring(() => t.payload.find({ collection: 'registrations', overrideAccess: false, user: coordinator as never, depth: 0 }));
    expect(written.map((e) => [e.action, e.actor, e.subject, e.subjectId]).sort()).toEqual(
      registrationIds.map((id) => ['read', String(coordinator.id), 'registrations', String(id)]).sort(),
    );
    const one = await entriesDuring(() => t.payload.findByID({ collection: 'registrations', id: registrationIds[0]!, overrideAccess: false, user: coordinator as never }));
    expect(one).toMatchObject([{ action: 'read', actor: String(coordinator.id), subjectId: String(registrationIds[0]) }]);
  });

  test('server code reading without a user (the sign-up service, retention) leaves no entry', async () => {
    const written = await entriesDuring(() => t.payload.find({ collection: 'registrations', overrideAccess: true, depth: 0 }));
    expect(written).toEqual([]);
  });

  test('REST and GraphQL reads are recorded with their channel', async () => {
    const viaRest = await entriesDuring(async () => expect((await rest(`/api/registrations/${registrationIds[1]}`)).status).toBe(200));
    expect(viaRest).toMatchObject([{ action: 'read', subjectId: String(registrationIds[1]), channel: 'api', actor: String(staff.coordinator.id) }]);

    const { GRAPHQL_POST } = await import('@payloadcms/next/routes');
    const { default: config } = await import('../../cms/payload.config');
    const viaGraphql = await entriesDuring(async () => {
      const response = await GRAPHQL_POST(config)(
        new Request('http://localhost:3000/api/graphql', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `JWT ${coordinatorToken}` },
          body: JSON.stringify({ query: '{ Registrations { docs { id name } } }' }),
        }),
      );
      const body = (await response.json()) as { data?: { Registrations?: { docs: unknown[] } } };
      expect(body.data?.Registrations?.docs).toHaveLength(2);
    });
    expect(viaGraphql.map((e) => [e.action, e.channel, e.subjectId]).sort()).toEqual(registrationIds.map((id) => ['read', 'graphql', String(id)]).sort());
  });

  test('the CSV export is recorded as a download of each registration in it', async () => {
    const written = await entriesDuring(async () => {
      const response = await rest(`/api/registrations/export?group=${groupId}`);
      expect(response.status).toBe(200);
      expect(await response.text()).toContain('Robin');
    });
    expect(written.map((e) => [e.action, e.subjectId]).sort()).toEqual(registrationIds.map((id) => ['export', String(id)]).sort());
  });

  test('an update records the names of the changed fields, never their values', async () => {
    const written = await entriesDuring(() =>
      t.payload.update({ collection: 'registrations', id: registrationIds[0]!, data: { staffNote: 'Belt liever na 18 uur', intakeDone: true } as never, overrideAccess: false, user: staff.coordinator as never }),
    );
    const update = written.find((e) => e.action === 'update');
    expect(update).toMatchObject({ actor: String(staff.coordinator.id), subject: 'registrations', subjectId: String(registrationIds[0]) });
    expect(update?.detail).toBe('intakeDone, staffNote');
    expect(JSON.stringify(written)).not.toContain('18 uur');
  });

  test('a deletion is recorded', async () => {
    const written = await entriesDuring(() => t.payload.delete({ collection: 'registrations', id: registrationIds[1]!, overrideAccess: false, user: staff.admin as never }));
    expect(written.filter((e) => e.action === 'delete')).toMatchObject([{ actor: String(staff.admin.id), subjectId: String(registrationIds[1]) }]);
  });

  test('no entry holds personal data: names and addresses never appear', async () => {
    const all = JSON.stringify(await entries(t.payload));
    for (const personal of ['Robin', 'een@example.org', 'twee@example.org', String(staff.coordinator.email)]) expect(all).not.toContain(personal);
  });
});

describe('audit trail of accounts', () => {
  test('role changes, sign-ins and failed sign-ins are recorded', async () => {
    const editor = staff.editor;
    const roleChange = await entriesDuring(() => t.payload.update({ collection: 'users', id: editor.id as number, data: { roles: ['editor', 'analyst'] } as never, overrideAccess: false, user: staff.admin as never }));
    expect(roleChange).toMatchObject([{ action: 'roleChange', actor: String(staff.admin.id), subjectId: String(editor.id), detail: 'Redacteur → Analist, Redacteur' }]);

    const signIn = await entriesDuring(() => t.payload.login({ collection: 'users', data: { email: String(editor.email), password: PASSWORD } }));
    expect(signIn).toMatchObject([{ action: 'login', actor: String(editor.id), subjectId: String(editor.id) }]);

    const failed = await entriesDuring(() => t.payload.login({ collection: 'users', data: { email: String(editor.email), password: 'fout-fout-fout' } }).catch(() => undefined));
    expect(failed).toMatchObject([{ action: 'loginFailed', subjectId: String(editor.id) }]);
    expect(failed[0]?.actor ?? null).toBeNull();
  });
});

describe('audit trail is append-only', () => {
  test('no role can change or delete an entry, and neither can server code', async () => {
    const [entry] = await entries(t.payload);
    const id = (entry as unknown as { id: number }).id;
    for (const role of ['admin', 'editor', 'coordinator', 'analyst', 'counsellor'] as Role[]) {
      const user = staff[role] as never;
      await expect(t.payload.update({ collection: 'audit-log', id, data: { detail: 'x' } as never, overrideAccess: false, user })).rejects.toThrow();
      await expect(t.payload.delete({ collection: 'audit-log', id, overrideAccess: false, user })).rejects.toThrow();
    }
    await expect(t.payload.update({ collection: 'audit-log', id, data: { detail: 'x' } as never, overrideAccess: true })).rejects.toThrow();
    await expect(t.payload.delete({ collection: 'audit-log', id, overrideAccess: true })).rejects.toThrow();
    await expect(t.payload.delete({ collection: 'audit-log', where: { id: { exists: true } }, overrideAccess: true })).rejects.toThrow();
    const after = (await entries(t.payload, { id: { equals: id } }))[0];
    expect(after).toMatchObject({ action: entry!.action, detail: entry!.detail ?? null });
  });

  test('over REST an administrator cannot change or delete an entry either', async () => {
    const adminLogin = await t.payload.login({ collection: 'users', data: { email: String(staff.admin.email), password: PASSWORD } });
    const adminToken = String(adminLogin.token);
    await passSecondFactor(t.payload, adminToken);
    const [entry] = await entries(t.payload);
    const id = (entry as unknown as { id: number }).id;
    const { handleEndpoints } = await import('payload');
    const { default: config } = await import('../../cms/payload.config');
    const call = (method: string) =>
      handleEndpoints({
        config,
        path: `/api/audit-log/${id}`,
        request: new Request(`http://localhost:3000/api/audit-log/${id}`, {
          method,
          headers: { Authorization: `JWT ${adminToken}`, 'Content-Type': 'application/json' },
          body: method === 'PATCH' ? JSON.stringify({ detail: 'x' }) : undefined,
        }),
      });
    expect((await call('GET')).status).toBe(200);
    expect((await call('PATCH')).status).toBe(403);
    expect((await call('DELETE')).status).toBe(403);
  });
});

describe('deleteExpiredAuditEntries', () => {
  test('removes exactly the entries older than the retention period', async () => {
    const { deleteExpiredAuditEntries } = await import('../../cms/audit/deleteExpiredAuditEntries');
    const now = new Date('2030-06-01T12:00:00Z');
    const DAY = 24 * 60 * 60 * 1000;
    const ages = { old: 31, justOld: 30.001, fresh: 29.99, today: 0 };
    const made: Record<string, number | string> = {};
    for (const [name, days] of Object.entries(ages)) {
      const doc = await t.payload.create({
        collection: 'audit-log',
        data: { action: 'read', subject: 'registrations', subjectId: name, createdAt: new Date(now.getTime() - days * DAY).toISOString() } as never,
        overrideAccess: true,
      });
      made[name] = doc.id;
    }
    const before = await t.payload.count({ collection: 'audit-log', overrideAccess: true });
    const result = await deleteExpiredAuditEntries(t.payload, now, 30);
    // Everything made earlier in this file is years older than `now` - 30 days too.
    const olderBefore = before.totalDocs - 2;
    expect(result.deleted).toBe(olderBefore);
    const left = await entries(t.payload);
    expect(left.map((e) => e.subjectId)).toEqual(['fresh', 'today']);
  });
});
