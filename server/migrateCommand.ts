/**
 * `npm run migrate`: brings the database up to date (migrations on SQLite, the first seed on
 * any database) under the set-up lock, then exits. Run it once per deployment before starting
 * instances on a shared database; `npm start` runs the same step itself, so on the embedded
 * database nothing else is needed. Concurrent runs wait for each other.
 */
import { getPayload } from 'payload';
import { ConfigError, runtimeConfig } from '../cms/lib/runtimeConfig';
import payloadConfig from '../cms/payload.config';
import { log } from './logger';
import { prepareDatabase } from './prepareDatabase';

async function main(): Promise<void> {
  const config = runtimeConfig();
  const payload = await getPayload({ config: payloadConfig });
  await prepareDatabase(payload, config, { log, seed: process.env.SEED !== 'off' });
  log.info('database is up to date', { database: config.database.kind });
  await payload.destroy?.().catch(() => undefined);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`${error instanceof ConfigError ? 'Configuration error' : 'Migration failed'}: ${message.split('\n')[0]}\n`);
    process.exit(1);
  },
);
