import type { DatabaseAdapterObj } from 'payload';
import type { RuntimeConfig } from './runtimeConfig';

/**
 * Picks the database adapter from configuration: MongoDB for production deployments,
 * an embedded SQLite file otherwise. All data access elsewhere goes through the Local API
 * except a few operations that must be atomic in the database, each with both halves written
 * and isolated in small modules (see `cms/lib/db/databaseKind.ts` and the README).
 *
 * Only the chosen adapter is loaded: MongoDB's driver and Mongoose alone take seconds of a
 * cold start that an SQLite deployment never needs.
 *
 * Migrations are not run by the adapter on connect: `prepareDatabase` (server/) runs them
 * under a lock, so processes starting together never migrate the same file at once.
 */
export async function databaseAdapter(config: RuntimeConfig): Promise<DatabaseAdapterObj> {
  if (config.database.kind === 'mongodb') {
    const { mongooseAdapter } = await import('@payloadcms/db-mongodb');
    // Leases, claims and counters rely on unique indexes: build them before anything runs.
    return mongooseAdapter({ url: config.database.url, ensureIndexes: true });
  }
  const { sqliteAdapter } = await import('@payloadcms/db-sqlite');
  return sqliteAdapter({
    client: { url: `file:${config.database.file}` },
    // Several processes may share the file (cluster workers, tests): WAL lets readers run
    // beside the writer, and a busy timeout makes a writer wait for the lock instead of failing.
    wal: true,
    busyTimeout: 10_000,
    migrationDir: 'cms/migrations',
  });
}
