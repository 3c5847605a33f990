import type { Payload } from 'payload';
import { databaseKind, isDuplicateKeyError, mongoModel, sqliteClient, sqliteTable } from '../db/databaseKind';

const SLUG = 'leases';

/**
 * Takes the lease `name` for `holder` until `now + ttlMs`, if nobody holds it or the last
 * holder's lease ran out. One conditional write: of any number of processes trying at the same
 * moment, exactly one gets `true`.
 */
export async function claimLease(payload: Payload, name: string, holder: string, ttlMs: number, now = Date.now()): Promise<boolean> {
  const until = now + ttlMs;
  if (databaseKind(payload) === 'sqlite') {
    const table = sqliteTable(payload, SLUG);
    const result = await sqliteClient(payload).execute({
      sql: `INSERT INTO "${table}" (name, holder, expires_at) VALUES (?, ?, ?)
            ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, expires_at = excluded.expires_at,
              updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
            WHERE "${table}".expires_at <= ?
            RETURNING holder`,
      args: [name, holder, until, now],
    });
    return result.rows.length === 1;
  }
  // The filter matches only an expired lease; when one is held, the upsert's insert hits the
  // unique index on `name` and fails: not ours.
  try {
    const doc = await mongoModel(payload, SLUG)
      .findOneAndUpdate({ name, expiresAt: { $lte: now } }, { $set: { holder, expiresAt: until } }, { upsert: true, new: true })
      .lean();
    return doc?.holder === holder;
  } catch (error) {
    if (isDuplicateKeyError(error)) return false;
    throw error;
  }
}

/** Extends a lease `holder` still holds to `now + ttlMs`; false when it was lost meanwhile. */
export async function renewLease(payload: Payload, name: string, holder: string, ttlMs: number, now = Date.now()): Promise<boolean> {
  const until = now + ttlMs;
  if (databaseKind(payload) === 'sqlite') {
    const table = sqliteTable(payload, SLUG);
    const result = await sqliteClient(payload).execute({
      sql: `UPDATE "${table}" SET expires_at = ? WHERE name = ? AND holder = ? AND expires_at > ?`,
      args: [until, name, holder, now],
    });
    return result.rowsAffected === 1;
  }
  const result = await mongoModel(payload, SLUG).updateOne({ name, holder, expiresAt: { $gt: now } }, { $set: { expiresAt: until } });
  return result.modifiedCount === 1;
}

/**
 * Ends `holder`'s lease at `until` (default: now, so anyone may take it at once). Passing a
 * later time keeps others out until then, e.g. until a job's next run is due.
 */
export async function releaseLease(payload: Payload, name: string, holder: string, until = Date.now()): Promise<void> {
  if (databaseKind(payload) === 'sqlite') {
    const table = sqliteTable(payload, SLUG);
    await sqliteClient(payload).execute({ sql: `UPDATE "${table}" SET expires_at = ? WHERE name = ? AND holder = ?`, args: [until, name, holder] });
    return;
  }
  await mongoModel(payload, SLUG).updateOne({ name, holder }, { $set: { expiresAt: until } });
}

/** When the lease `name` runs out (epoch ms), or null when it was never taken. */
export async function leaseExpiry(payload: Payload, name: string): Promise<number | null> {
  if (databaseKind(payload) === 'sqlite') {
    const table = sqliteTable(payload, SLUG);
    const { rows } = await sqliteClient(payload).execute({ sql: `SELECT expires_at FROM "${table}" WHERE name = ?`, args: [name] });
    return rows[0] ? Number(rows[0].expires_at) : null;
  }
  const [doc] = await mongoModel(payload, SLUG).find({ name }, { expiresAt: 1 }, { limit: 1 }).lean();
  return doc ? Number(doc.expiresAt) : null;
}
