import type { Payload } from 'payload';
import { type SeedLog, seed } from './index';

/**
 * On a fresh database (no modules yet) seed the demo content, and tell the person how to
 * log in. There is never a default staff account or password.
 */
export async function seedIfEmpty(payload: Payload, { log }: { log: SeedLog }): Promise<boolean> {
  const { totalDocs: modules } = await payload.count({ collection: 'modules', overrideAccess: true });
  if (modules === 0) await seed(payload, { log });
  const { totalDocs: users } = await payload.count({ collection: 'users', overrideAccess: true });
  if (users === 0) {
    log.info('no staff account yet: open /admin to create the first one (it becomes administrator)');
  }
  return modules === 0;
}
