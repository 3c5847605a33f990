import type { PayloadRequest } from 'payload';

/**
 * The roles a new account starts with: administrator for the very first account (so the
 * create-first-user screen shows the role it will actually get, see makeFirstUserAdmin),
 * editor otherwise.
 */
export async function firstUserRoles({ req }: { req: PayloadRequest }): Promise<string[]> {
  const { totalDocs } = await req.payload.count({ collection: 'users', overrideAccess: true, req });
  return totalDocs === 0 ? ['admin'] : ['editor'];
}
