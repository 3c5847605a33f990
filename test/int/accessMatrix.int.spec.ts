import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Role } from '../../cms/access/roles';
import { type Expectation, type Fixture, makeStaff, measureAccess } from '../helpers/accessMatrix';
import { fiveMeetings } from '../helpers/groupFixtures';
import { startTestPayload, type TestPayload } from '../helpers/testPayload';

let t: TestPayload;
let staff: Record<Role, Record<string, unknown>>;
let pageId: string | number;
let groupId: string | number;
let n = 0;
const unique = () => `${Date.now().toString(36)}-${(n += 1)}`;

beforeAll(async () => {
  t = await startTestPayload();
  staff = await makeStaff(t.payload);
  const page = await t.payload.create({ collection: 'pages', data: { title: 'Matrix', path: '/matrix', layout: [{ blockType: 'hero', heading: 'x' }], _status: 'published' } as never, overrideAccess: true });
  pageId = page.id;
  const group = await t.payload.create({ collection: 'groups', data: groupData(), overrideAccess: true, context: { skipSideEffects: true } });
  groupId = group.id;
});

function groupData() {
  return { title: 'Groep', slug: `g-${unique()}`, audience: 'Partners.', format: 'online', meetingLink: 'https://meet.example.org/x', meetings: fiveMeetings(new Date(), 14), capacity: 8, signupOpen: true, published: true } as never;
}
afterAll(async () => {
  await t?.close();
});

const EVERYONE = ['anonymous', 'admin', 'editor', 'coordinator', 'analyst', 'counsellor'] as const;
const CONTENT: Expectation = { create: ['admin', 'editor'], read: [...EVERYONE], update: ['admin', 'editor'], delete: ['admin', 'editor'] };

/** Each capability adds its rows here: collection, a fixture, and who may do what. */
const MATRIX: { fixture: () => Fixture; expected: Expectation }[] = [
  {
    fixture: () => ({
      collection: 'pages',
      data: () => ({ title: 'P', path: `/p-${unique()}`, layout: [{ blockType: 'hero', heading: 'x' }], _status: 'published' }),
      update: { title: 'P2' },
    }),
    expected: CONTENT,
  },
  {
    fixture: () => ({
      collection: 'modules',
      data: () => ({ number: 20 + n, title: 'M', slug: `m-${unique()}`, summary: 's', estimatedMinutes: 10, layout: [{ blockType: 'goals', items: [{ text: 'x' }] }], _status: 'published' }),
      update: { title: 'M2' },
    }),
    expected: CONTENT,
  },
  {
    fixture: () => ({
      collection: 'campaign-sources',
      data: () => ({ code: `c-${unique()}`, label: 'L', channel: 'poster', page: pageId }),
      update: { label: 'L2' },
    }),
    // Codes are printed on posters: never deleted, so never reused. Labels are staff-only.
    expected: { create: ['admin', 'editor'], read: ['admin', 'editor', 'analyst'], update: ['admin', 'editor'], delete: [] },
  },
  {
    fixture: () => ({ collection: 'groups', data: groupData as never, update: { capacity: 9 } }),
    // The schedule is public (published groups only); coordinators run it.
    expected: { create: ['admin', 'coordinator'], read: [...EVERYONE], update: ['admin', 'coordinator'], delete: ['admin', 'coordinator'] },
  },
  {
    fixture: () => ({
      collection: 'registrations',
      data: () => ({ group: groupId, name: 'Sam', email: `sam-${unique()}@example.org`, relation: 'partner', consentVersion: '2026-11', status: 'awaitingConfirmation' }),
      update: { intakeDone: true },
    }),
    // The most sensitive data: only the staff who run the groups. Sign-ups come in through the
    // sign-up service, never through the API.
    expected: { create: [], read: ['admin', 'coordinator'], update: ['admin', 'coordinator'], delete: ['admin', 'coordinator'] },
  },
  {
    fixture: () => ({
      collection: 'outbox',
      data: () => ({ to: 'iemand@example.org', subject: 'Onderwerp', text: 'Tekst', kind: 'confirmEmail', status: 'pending', dedupeKey: `k-${unique()}` }),
      update: { attempts: 1 },
    }),
    expected: { create: [], read: ['admin'], update: ['admin'], delete: ['admin'] },
  },
  {
    fixture: () => ({ collection: 'audit-log', data: () => ({ action: 'read', actor: '1', subject: 'registrations', subjectId: '1' }), update: { detail: 'x' } }),
    // The audit trail: administrators read it; nobody changes or deletes an entry.
    expected: { create: [], read: ['admin'], update: [], delete: [] },
  },
  {
    fixture: () => ({ collection: 'analytics-counters', data: () => ({ day: '2026-01-01', metric: 'visits', key: `k-${unique()}`, count: 1 }), update: { count: 2 } }),
    // Aggregates only, written by the server's ingest; readable by analysts and administrators.
    expected: { create: [], read: ['admin', 'analyst'], update: [], delete: [] },
  },
  // System collections for several server processes: written only by server code, never through the API.
  {
    fixture: () => ({ collection: 'leases', data: () => ({ name: `l-${unique()}`, holder: 'x', expiresAt: 1 }), update: { holder: 'y' } }),
    expected: { create: [], read: [], update: [], delete: [] },
  },
  {
    fixture: () => ({ collection: 'attempt-counters', data: () => ({ key: `k-${unique()}`, count: 1, windowStart: 0, expiresAt: 1 }), update: { count: 2 } }),
    expected: { create: [], read: [], update: [], delete: [] },
  },
  {
    fixture: () => ({ collection: 'cache-events', data: () => ({ tags: 'global' }), update: { tags: 'modules' } }),
    expected: { create: [], read: [], update: [], delete: [] },
  },
  {
    fixture: () => ({
      collection: 'users',
      data: () => ({ email: `u-${unique()}@example.org`, password: 'matrix-test-wachtwoord-123', roles: ['editor'] }),
      update: { name: 'Naam' },
    }),
    expected: { create: ['admin'], read: ['admin'], update: ['admin'], delete: ['admin'] },
  },
];

describe('access matrix', () => {
  test.each(MATRIX.map((row) => [row.fixture().collection, row] as const))('%s: each role may do exactly what the matrix says', async (_name, row) => {
    const measured = await measureAccess(t.payload, row.fixture(), staff);
    expect(measured).toEqual(row.expected);
  });

  test('drafts are invisible to the public but visible to editors', async () => {
    await t.payload.create({ collection: 'pages', data: { title: 'Concept', path: '/concept-matrix', layout: [{ blockType: 'hero', heading: 'x' }], _status: 'draft' } as never, overrideAccess: true });
    const where = { path: { equals: '/concept-matrix' } };
    const asPublic = await t.payload.find({ collection: 'pages', where, overrideAccess: false, draft: true });
    const asEditor = await t.payload.find({ collection: 'pages', where, overrideAccess: false, draft: true, user: staff.editor });
    expect(asPublic.totalDocs).toBe(0);
    expect(asEditor.totalDocs).toBe(1);
  });

  test('only an administrator can change roles', async () => {
    const self = staff.editor as { id: string | number };
    const updated = await t.payload.update({ collection: 'users', id: self.id, data: { roles: ['admin'] } as never, overrideAccess: false, user: staff.editor });
    expect(updated.roles).toEqual(['editor']);
  });

  test('the first account made on an empty database becomes administrator', async () => {
    const { totalDocs } = await t.payload.count({ collection: 'users', overrideAccess: true });
    expect(totalDocs).toBeGreaterThan(0);
    const { makeFirstUserAdmin } = await import('../../cms/collections/Users/hooks/makeFirstUserAdmin');
    const fakeReq = { payload: { count: async () => ({ totalDocs: 0 }) } };
    const data = await makeFirstUserAdmin({ data: { roles: ['editor'] }, operation: 'create', req: fakeReq } as never);
    expect(data.roles).toEqual(['admin']);
  });
});
