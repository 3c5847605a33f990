import { createHmac } from 'node:crypto';
import type { Payload } from 'payload';
import { databaseKind, isDuplicateKeyError, mongoModel, sqliteClient, sqliteTable } from '../db/databaseKind';
import type { AttemptCounter } from './types';

export const ATTEMPT_COUNTERS = 'attempt-counters';

/**
 * An attempt counter in the shared database, so a limit holds across every server process
 * (cluster workers, several hosts). Each (bucket, key) is one row named by an HMAC whose key is
 * derived from PAYLOAD_SECRET, which all instances share: rows hold no address or e-mail, and
 * without the secret they cannot be tested against a guess. Rows carry their window and an
 * expiry; `pruneAttemptCounters` deletes expired ones.
 *
 * Each `hit` is one atomic write that returns the new count: SQLite
 * `INSERT … ON CONFLICT DO UPDATE … RETURNING`, MongoDB `findOneAndUpdate` (an update pipeline,
 * with upsert).
 */
export function createDatabaseAttemptCounter(payload: Payload, now: () => number = Date.now): AttemptCounter {
  const secret = createHmac('sha256', payload.config.secret).update('attempt-counter:v1').digest();
  const id = (bucket: string, key: string) => createHmac('sha256', secret).update(`${bucket}\0${key}`).digest('base64url');
  const windowOf = (windowMs: number) => {
    const at = now();
    const start = at - (at % windowMs);
    return { start, expiresAt: start + windowMs };
  };
  const sqlite = databaseKind(payload) === 'sqlite';
  const table = sqlite ? sqliteTable(payload, ATTEMPT_COUNTERS) : '';

  return {
    async hit(bucket, key, windowMs) {
      const name = id(bucket, key);
      const { start, expiresAt } = windowOf(windowMs);
      if (sqlite) {
        const { rows } = await sqliteClient(payload).execute({
          sql: `INSERT INTO "${table}" (key, count, window_start, expires_at) VALUES (?, 1, ?, ?)
                ON CONFLICT (key) DO UPDATE SET
                  count = CASE WHEN "${table}".window_start = excluded.window_start THEN "${table}".count + 1 ELSE 1 END,
                  window_start = excluded.window_start,
                  expires_at = excluded.expires_at
                RETURNING count`,
          args: [name, start, expiresAt],
        });
        return Number(rows[0]?.count);
      }
      const update = [
        {
          $set: {
            count: { $cond: [{ $eq: ['$windowStart', start] }, { $add: ['$count', 1] }, 1] },
            windowStart: start,
            expiresAt,
          },
        },
      ];
      // Two first hits at once may both try the insert; the unique index lets one win and the
      // other retry as an update.
      for (let attempt = 0; ; attempt++) {
        try {
          const doc = await mongoModel(payload, ATTEMPT_COUNTERS).findOneAndUpdate({ key: name }, update, { upsert: true, new: true }).lean();
          return Number(doc?.count);
        } catch (error) {
          if (!isDuplicateKeyError(error) || attempt >= 2) throw error;
        }
      }
    },

    async peek(bucket, key, windowMs) {
      const name = id(bucket, key);
      const { start } = windowOf(windowMs);
      if (sqlite) {
        const { rows } = await sqliteClient(payload).execute({ sql: `SELECT count FROM "${table}" WHERE key = ? AND window_start = ?`, args: [name, start] });
        return Number(rows[0]?.count ?? 0);
      }
      const [doc] = await mongoModel(payload, ATTEMPT_COUNTERS).find({ key: name, windowStart: start }, { count: 1 }, { limit: 1 }).lean();
      return Number(doc?.count ?? 0);
    },

    async clear(bucket, key) {
      const name = id(bucket, key);
      if (sqlite) {
        await sqliteClient(payload).execute({ sql: `DELETE FROM "${table}" WHERE key = ?`, args: [name] });
        return;
      }
      await mongoModel(payload, ATTEMPT_COUNTERS).deleteMany({ key: name });
    },
  };
}

/** Deletes counters whose window has ended. @returns how many */
export async function pruneAttemptCounters(payload: Payload, now = Date.now()): Promise<number> {
  if (databaseKind(payload) === 'sqlite') {
    const result = await sqliteClient(payload).execute({ sql: `DELETE FROM "${sqliteTable(payload, ATTEMPT_COUNTERS)}" WHERE expires_at <= ?`, args: [now] });
    return result.rowsAffected;
  }
  const result = await mongoModel(payload, ATTEMPT_COUNTERS).deleteMany({ expiresAt: { $lte: now } });
  return result.deletedCount ?? 0;
}
