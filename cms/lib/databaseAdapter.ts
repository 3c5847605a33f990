import { mongooseAdapter } from '@payloadcms/db-mongodb';
import { sqliteAdapter } from '@payloadcms/db-sqlite';
import type { DatabaseAdapterObj } from 'payload';
import { migrations } from '../migrations';
import type { RuntimeConfig } from './runtimeConfig';

/**
 * Picks the database adapter from configuration: MongoDB for production deployments,
 * an embedded SQLite file otherwise. All data access elsewhere goes through the Local API;
 * the only adapter-specific code is `cms/groups/capacity/` (seats, single-use status changes)
 * and `cms/analytics/write/` + `cms/analytics/queries/sum/` (atomic counters, dashboard sums).
 */
export function databaseAdapter(config: RuntimeConfig): DatabaseAdapterObj {
  if (config.database.kind === 'mongodb') {
    return mongooseAdapter({ url: config.database.url });
  }
  return sqliteAdapter({
    client: { url: `file:${config.database.file}` },
    // Several processes may share the file (cluster workers, tests): WAL lets readers run
    // beside the writer, and a busy timeout makes a writer wait for the lock instead of failing.
    wal: true,
    busyTimeout: 10_000,
    migrationDir: 'cms/migrations',
    prodMigrations: migrations,
  });
}
