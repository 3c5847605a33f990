/** `npm run seed`: seeds (or refreshes) the demo content in the configured database. */
import { getPayload } from 'payload';
import { runtimeConfig } from '../cms/lib/runtimeConfig';
import { log } from '../server/logger';
import { prepareDatabase } from '../server/prepareDatabase';
import { seed } from './index';

const { default: config } = await import('../cms/payload.config');
const payload = await getPayload({ config });
// Migrations first (under the set-up lock, as every server process does).
await prepareDatabase(payload, runtimeConfig(), { log, seed: false });
await seed(payload, { log });
await payload.destroy?.();
process.exit(0);
