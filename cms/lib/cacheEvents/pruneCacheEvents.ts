import type { Payload } from 'payload';
import { databaseKind, mongoModel, sqliteClient, sqliteTable } from '../db/databaseKind';
import { CACHE_EVENTS } from './publishCacheEvent';

/**
 * Deletes invalidations older than `maxAgeMs` (every process has long applied them). On SQLite
 * the newest row always stays: the rowid of the next one must stay above every id already seen.
 *
 * @returns how many were deleted
 */
export async function pruneCacheEvents(payload: Payload, maxAgeMs = 60 * 60_000, now = Date.now()): Promise<number> {
  const cutoff = new Date(now - maxAgeMs);
  if (databaseKind(payload) === 'sqlite') {
    const table = sqliteTable(payload, CACHE_EVENTS);
    const result = await sqliteClient(payload).execute({
      sql: `DELETE FROM "${table}" WHERE created_at < ? AND id < (SELECT MAX(id) FROM "${table}")`,
      args: [cutoff.toISOString()],
    });
    return result.rowsAffected;
  }
  const result = await mongoModel(payload, CACHE_EVENTS).deleteMany({ createdAt: { $lt: cutoff } });
  return result.deletedCount ?? 0;
}
