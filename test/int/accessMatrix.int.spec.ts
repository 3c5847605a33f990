import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Role } from '../../cms/access/roles';
import { needsSecondFactor } from '../../cms/auth/secondFactor/secondFactorState';
import { type Expectation, type Fixture, makeStaff, measureAccess } from '../helpers/accessMatrix';
import { fiveMeetings } from '../helpers/groupFixtures';
import { passSecondFactor } from '../helpers/secondFactor';
import { startTestPayload, type TestPayload } from '../helpers/testPayload';

let t: TestPayload;
let staff: Record<Role, Record<string, unknown>>;
let pageId: string | number;
let groupId: string | number;
let conversationId: string | number;
let n = 0;
const unique = () => `${Date.now().toString(36)}-${(n += 1)}`;

beforeAll(async () => {
  t = await startTestPayload();
  staff = await makeStaff(t.payload);
  const page = await t.payload.create({ collection: 'pages', data: { title: 'Matrix', path: '/matrix', layout: [{ blockType: 'hero', heading: 'x' }], _status: 'published' } as never, overrideAccess: true });
  pageId = page.id;
  const group = await t.payload.create({ collection: 'groups', data: groupData(), overrideAccess: true, context: { skipSideEffects: true } });
  groupId = group.id;
  conversationId = (await t.payload.create({ collection: 'conversations', data: conversationData(), overrideAccess: true })).id;
});

function conversationData() {
  return { title: 'Gesprek', status: 'new', codeHash: `h-${unique()}`, secretHash: 'scrypt$15$8$1$x$y', lastMessageAt: new Date().toISOString() } as never;
}

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
    fixture: () => ({ collection: 'conversations', data: conversationData as never, update: { status: 'closed' } }),
    // What people write through the contact form: only counsellors and administrators. People
    // start conversations on the site (cms/contact), never through the API.
    expected: { create: [], read: ['admin', 'counsellor'], update: ['admin', 'counsellor'], delete: ['admin', 'counsellor'] },
  },
  {
    fixture: () => ({ collection: 'conversation-messages', data: () => ({ conversation: conversationId, from: 'person', body: 'Bericht' }), update: { body: 'Anders' } }),
    // Messages are never changed or removed one by one; they go with their conversation.
    expected: { create: [], read: ['admin', 'counsellor'], update: [], delete: [] },
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

describe('conversations: nobody but counsellors and administrators reads them, by any route', () => {
  const MARKER = 'Vertrouwelijk matrixbericht';
  const tokens = {} as Record<Role, string>;

  beforeAll(async () => {
    const { createContactSite } = await import('../../cms/contact/createContactSite');
    const { contactForm } = await import('../helpers/contactFixtures');
    const result = await createContactSite(t.payload).start(contactForm({ message: MARKER, name: 'Matrixnaam' }), undefined);
    expect(result.kind).toBe('created');
    for (const role of ['admin', 'editor', 'coordinator', 'analyst', 'counsellor'] as Role[]) {
      const login = await t.payload.login({ collection: 'users', data: { email: String(staff[role].email), password: 'matrix-test-wachtwoord-123' } });
      tokens[role] = String(login.token);
      // Administrators, coordinators and counsellors act only after the second sign-in step.
      if (needsSecondFactor({ roles: [role] })) await passSecondFactor(t.payload, tokens[role]);
    }
  });

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
    return (await response.json()) as { data?: Record<string, { docs: unknown[] } | null>; errors?: { message: string }[] };
  };
  const OTHERS = ['editor', 'coordinator', 'analyst', undefined] as const;

  test('REST: 200 with the text for counsellors, 403 without it for everyone else', async () => {
    for (const path of ['/api/conversations', '/api/conversation-messages']) {
      const ok = await rest(path, 'counsellor');
      expect(ok.status).toBe(200);
      for (const role of OTHERS) {
        const denied = await rest(path, role);
        expect(denied.status, `${path} as ${role}`).toBe(403);
        expect(await denied.text()).not.toContain(MARKER);
      }
    }
    expect(await (await rest('/api/conversation-messages?limit=100', 'counsellor')).text()).toContain(MARKER);
  });

  test('GraphQL: data for counsellors, an error and no data for everyone else', async () => {
    const query = '{ ConversationMessages(limit: 30) { docs { body } } Conversations { docs { id name } } }';
    const allowed = await graphql(query, 'counsellor');
    expect(JSON.stringify(allowed.data)).toContain(MARKER);
    for (const role of OTHERS) {
      const result = await graphql(query, role);
      expect(result.data?.ConversationMessages ?? null).toBeNull();
      expect(result.data?.Conversations ?? null).toBeNull();
      expect(result.errors?.length).toBeGreaterThan(0);
      expect(JSON.stringify(result)).not.toContain(MARKER);
    }
  });

  test('Local API with access control: Forbidden for editors, coordinators, analysts and the public', async () => {
    for (const role of OTHERS) {
      const user = role ? staff[role] : undefined;
      for (const collection of ['conversations', 'conversation-messages'] as const) {
        await expect(t.payload.find({ collection, overrideAccess: false, user: user as never })).rejects.toMatchObject({ name: 'Forbidden' });
      }
    }
  });

  test('no CSV carries a conversation: not the sign-up export, not the statistics, not the contact counts', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const exports = [
      { path: `/api/registrations/export?group=${groupId}`, role: 'coordinator' as const },
      { path: `/api/analytics-counters/dashboard?from=${today}&to=${today}&format=csv`, role: 'analyst' as const },
      { path: `/api/analytics-counters/contact?from=${today}&to=${today}&format=csv`, role: 'analyst' as const },
    ];
    for (const { path, role } of exports) {
      const response = await rest(path, role);
      expect(response.status, path).toBe(200);
      const text = await response.text();
      expect(text).not.toContain(MARKER);
      expect(text).not.toContain('Matrixnaam');
    }
    const counts = await (await rest(`/api/analytics-counters/contact?from=${today}&to=${today}`, 'analyst')).json();
    expect(counts.totals.conversations).toBeGreaterThanOrEqual(1);
    for (const role of ['editor', 'coordinator', 'counsellor', undefined] as const) {
      expect((await rest(`/api/analytics-counters/contact?from=${today}&to=${today}`, role)).status).toBe(403);
    }
  });

  test('counsellors may change the contact form in the Helpline global, not phone or chat', async () => {
    await t.payload.updateGlobal({ slug: 'helpline', data: { phone: '0800-266 64 36', phoneHref: 'tel:08002666436' } as never, overrideAccess: true });
    const updated = await t.payload.updateGlobal({
      slug: 'helpline',
      overrideAccess: false,
      user: staff.counsellor as never,
      data: { contactAnswerTime: 'In de vakantie antwoorden we binnen een week.', phone: '0900-000 00 00', chatUrl: 'https://chat.example.org/' } as never,
    });
    expect(updated.contactAnswerTime).toBe('In de vakantie antwoorden we binnen een week.');
    expect(updated.phone).toBe('0800-266 64 36');
    expect(updated.chatUrl ?? null).toBeNull();
    await expect(t.payload.updateGlobal({ slug: 'helpline', overrideAccess: false, user: staff.analyst as never, data: { contactAnswerTime: 'x' } as never })).rejects.toMatchObject({ name: 'Forbidden' });
  });
});
