/** `npm run seed`: seeds (or refreshes) the demo content in the configured database. */
import { getPayload } from 'payload';
import { log } from '../server/logger';
import { seed } from './index';

const { default: config } = await import('../cms/payload.config');
const payload = await getPayload({ config });
await seed(payload, { log });
await payload.destroy?.();
process.exit(0);
