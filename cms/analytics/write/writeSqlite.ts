import { randomUUID } from 'node:crypto';
import { sql } from '@payloadcms/db-sqlite';
import type { Payload } from 'payload';
import type { Increment } from '../ingest/metrics';

/** Rows per INSERT: 4–5 parameters each, far below SQLite's parameter limit. */
const ROWS_PER_STATEMENT = 200;

/** The table Payload generates for the `analytics-counters` collection. */
const TABLE = sql.identifier('analytics_counters');

interface SqliteDb {
  drizzle: {
    // drizzle types `batch` as a tuple of its own query types; a dynamic list cannot match it.
    batch(queries: any): Promise<unknown>;
    run(query: ReturnType<typeof sql>): unknown;
  };
  idType?: string;
}

/**
 * Adds every increment to its counter in ONE SQLite transaction: either all counters move
 * or none do, so a failed batch can be retried whole without counting anything twice.
 *
 * `INSERT … ON CONFLICT(day, metric, key) DO UPDATE SET count = count + excluded.count` is
 * atomic per row and needs the collection's unique compound index. drizzle's `batch` runs
 * as a libsql batch (BEGIN … COMMIT on one connection, no awaits in between), so no other
 * query of this process can interleave. `increments` must not repeat a (day, metric, key).
 */
export async function writeSqlite(payload: Payload, increments: readonly Increment[]): Promise<void> {
  const db = payload.db as unknown as SqliteDb;
  // Payload's default integer id is the rowid and fills itself; a uuid id has no default.
  const withUuid = db.idType === 'uuid';
  const statements: unknown[] = [];
  for (let start = 0; start < increments.length; start += ROWS_PER_STATEMENT) {
    const rows = increments.slice(start, start + ROWS_PER_STATEMENT).map((i) =>
      withUuid
        ? sql`(${randomUUID()}, ${i.day}, ${i.metric}, ${i.key}, ${i.count})`
        : sql`(${i.day}, ${i.metric}, ${i.key}, ${i.count})`,
    );
    const columns = withUuid ? sql`(id, day, metric, key, count)` : sql`(day, metric, key, count)`;
    statements.push(
      db.drizzle.run(sql`
        INSERT INTO ${TABLE} ${columns}
        VALUES ${sql.join(rows, sql`, `)}
        ON CONFLICT (day, metric, key) DO UPDATE SET
          count = count + excluded.count,
          updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`),
    );
  }
  if (statements.length > 0) await db.drizzle.batch(statements);
}
