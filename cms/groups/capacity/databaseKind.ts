import type { Payload } from 'payload';

export { databaseKind, mongoModel, sqliteId, sqliteTable } from '../../lib/db/databaseKind';
export type { DatabaseKind } from '../../lib/db/databaseKind';

/** The SQLite adapter's drizzle instance: `run` resolves with the number of changed rows. */
export function sqliteDb(payload: Payload): { run(query: unknown): Promise<{ rowsAffected: number }> } {
  return (payload.db as unknown as { drizzle: { run(query: unknown): Promise<{ rowsAffected: number }> } }).drizzle;
}
