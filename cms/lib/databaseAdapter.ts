import { mongooseAdapter } from '@payloadcms/db-mongodb';
import { sqliteAdapter } from '@payloadcms/db-sqlite';
import type { DatabaseAdapterObj } from 'payload';
import type { RuntimeConfig } from './runtimeConfig';

/**
 * Picks the database adapter from configuration: MongoDB for production deployments,
 * an embedded SQLite file otherwise. All data access elsewhere goes through the Local API
 * except a few operations that must be atomic in the database, each with both halves written
 * and isolated in small modules (see `cms/lib/db/databaseKind.ts` and the README).
 *
 * Migrations are not run by the adapter on connect: `prepareDatabase` (server/) runs them
 * under a lock, so processes starting together never migrate the same file at once.
 */
export function databaseAdapter(config: RuntimeConfig): DatabaseAdapterObj {
  if (config.database.kind === 'mongodb') {
    // Leases, claims and counters rely on unique indexes: build them before anything runs.
    return mongooseAdapter({ url: config.database.url, ensureIndexes: true });
  }
  return sqliteAdapter({
    client: { url: `file:${config.database.file}` },
    // Several processes may share the file (cluster workers, tests): WAL lets readers run
    // beside the writer, and a busy timeout makes a writer wait for the lock instead of failing.
    wal: true,
    busyTimeout: 10_000,
    migrationDir: 'cms/migrations',
  });
}
