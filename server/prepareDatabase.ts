import type { Payload } from 'payload';
import { migrations } from '../cms/migrations';
import type { RuntimeConfig } from '../cms/lib/runtimeConfig';
import { withSetupLock } from '../cms/lib/setup/withSetupLock';
import { seedIfEmpty } from '../seed/seedIfEmpty';
import type { log as serverLog } from './logger';

export interface PrepareOptions {
  log: Pick<typeof serverLog, 'info'>;
  /** Seed the demo content into an empty database (default: true). */
  seed?: boolean;
}

/**
 * Brings the database up to date: runs the pending migrations (SQLite in production; MongoDB
 * needs none, development pushes the schema) and seeds an empty database, in one process at a
 * time (`withSetupLock`). Every process that starts calls this; the first does the work, the
 * others wait for it and find nothing left to do. `npm run migrate` runs exactly this.
 */
export async function prepareDatabase(payload: Payload, config: RuntimeConfig, { log, seed = true }: PrepareOptions): Promise<void> {
  const sqliteFile = config.database.kind === 'sqlite' ? config.database.file : null;
  await withSetupLock(
    payload,
    sqliteFile,
    async () => {
      if (sqliteFile && config.isProduction) await payload.db.migrate({ migrations: migrations as never });
      if (seed) await seedIfEmpty(payload, { log });
    },
    { onWait: () => log.info('waiting for another process to finish setting up the database') },
  );
}
