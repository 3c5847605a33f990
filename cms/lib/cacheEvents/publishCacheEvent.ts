import type { Payload } from 'payload';
import { databaseKind, mongoModel, sqliteClient, sqliteTable } from '../db/databaseKind';

export const CACHE_EVENTS = 'cache-events';

/** Writes one invalidation (its tags) for every server process to apply (watchCacheEvents). */
export async function publishCacheEvent(payload: Payload, tags: readonly string[]): Promise<void> {
  const value = tags.join(',').slice(0, 2000);
  if (databaseKind(payload) === 'sqlite') {
    // The id is SQLite's rowid: max + 1, in commit order, since writers take turns.
    await sqliteClient(payload).execute({ sql: `INSERT INTO "${sqliteTable(payload, CACHE_EVENTS)}" (tags) VALUES (?)`, args: [value] });
    return;
  }
  await mongoModel(payload, CACHE_EVENTS).create({ tags: value });
}
