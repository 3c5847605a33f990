import type { CollectionSlug, Payload } from 'payload';
import type { Role } from '../../cms/access/roles';

export type Actor = Role | 'anonymous';
export type Operation = 'create' | 'read' | 'update' | 'delete';

/** How to make a document of a collection for the matrix (created with overrideAccess). */
export interface Fixture {
  collection: CollectionSlug;
  data: () => Record<string, unknown>;
  /** A harmless change for the update check. */
  update: Record<string, unknown>;
}

/** One expected cell: may `actor` do `operation` on `collection`? */
export type Expectation = Record<Operation, Actor[]>;

const ACTORS: Actor[] = ['anonymous', 'admin', 'editor', 'coordinator', 'analyst', 'counsellor'];

/** Makes one staff account per role and returns them by role. */
export async function makeStaff(payload: Payload): Promise<Record<Role, Record<string, unknown>>> {
  const users = {} as Record<Role, Record<string, unknown>>;
  for (const role of ['admin', 'editor', 'coordinator', 'analyst', 'counsellor'] as Role[]) {
    const email = `${role}-${Math.random().toString(36).slice(2, 8)}@example.org`;
    const user = await payload.create({ collection: 'users', data: { email, password: 'matrix-test-wachtwoord-123', roles: [role] } as never, overrideAccess: true });
    users[role] = { ...user, collection: 'users' };
  }
  return users;
}

async function attempt(run: () => Promise<unknown>): Promise<boolean> {
  try {
    const result = (await run()) as { docs?: unknown[]; totalDocs?: number } | undefined;
    // A read that is "allowed" but filtered down to nothing did not reveal the document.
    if (result && Array.isArray(result.docs)) return result.docs.length > 0;
    return true;
  } catch {
    return false;
  }
}

/**
 * Runs every actor × operation on a collection through the Local API with access control on,
 * and returns who was allowed. Compare against the expectation table in the test.
 */
export async function measureAccess(payload: Payload, fixture: Fixture, staff: Record<Role, Record<string, unknown>>): Promise<Expectation> {
  const result: Expectation = { create: [], read: [], update: [], delete: [] };
  for (const actor of ACTORS) {
    const user = actor === 'anonymous' ? undefined : staff[actor];
    const as = { overrideAccess: false, user, depth: 0 } as const;
    const made = await payload.create({ collection: fixture.collection, data: fixture.data() as never, overrideAccess: true });
    if (await attempt(() => payload.find({ collection: fixture.collection, where: { id: { equals: made.id } }, ...as }))) result.read.push(actor);
    if (await attempt(() => payload.update({ collection: fixture.collection, id: made.id, data: fixture.update as never, ...as }))) result.update.push(actor);
    if (await attempt(() => payload.delete({ collection: fixture.collection, id: made.id, ...as }))) result.delete.push(actor);
    if (await attempt(() => payload.create({ collection: fixture.collection, data: fixture.data() as never, ...as }))) result.create.push(actor);
  }
  return result;
}
