import type { Payload } from 'payload';
import { databaseKind, mongoModel, sqliteClient, sqliteTable } from '../lib/db/databaseKind';

const JOBS = 'payload-jobs';

/**
 * Claims the oldest due job of Payload's queue (scheduled publishing) by setting `processing`
 * in one conditional write, so of any number of processes exactly one runs it. Payload's own
 * runner claims by find-then-update, which let several processes run the same job.
 *
 * @returns the claimed job's id, or null when none is due
 */
export async function claimPayloadJob(payload: Payload, now: Date): Promise<number | string | null> {
  const at = now.toISOString();
  if (databaseKind(payload) === 'sqlite') {
    const table = sqliteTable(payload, JOBS);
    const due = `COALESCE(processing, 0) = 0 AND completed_at IS NULL AND COALESCE(has_error, 0) = 0 AND (wait_until IS NULL OR wait_until <= ?)`;
    const { rows } = await sqliteClient(payload).execute({
      sql: `UPDATE "${table}" SET processing = 1, updated_at = ?
            WHERE id = (SELECT id FROM "${table}" WHERE ${due} ORDER BY created_at, id LIMIT 1) AND ${due}
            RETURNING id`,
      args: [at, at, at],
    });
    return rows[0] ? Number(rows[0].id) : null;
  }
  const doc = await mongoModel(payload, JOBS)
    .findOneAndUpdate(
      {
        processing: { $ne: true },
        completedAt: null,
        hasError: { $ne: true },
        $or: [{ waitUntil: null }, { waitUntil: { $lte: now } }],
      },
      { $set: { processing: true, updatedAt: now } },
      { sort: { createdAt: 1, _id: 1 }, new: true },
    )
    .lean();
  return doc ? String(doc._id) : null;
}

/**
 * Puts jobs back in the queue whose runner died while running them (`processing` for longer
 * than `staleMs`), with one conditional write each adapter.
 *
 * @returns how many were released
 */
export async function releaseStalePayloadJobs(payload: Payload, now: Date, staleMs = 15 * 60_000): Promise<number> {
  const before = new Date(now.getTime() - staleMs);
  if (databaseKind(payload) === 'sqlite') {
    const result = await sqliteClient(payload).execute({
      sql: `UPDATE "${sqliteTable(payload, JOBS)}" SET processing = 0 WHERE processing = 1 AND completed_at IS NULL AND updated_at < ?`,
      args: [before.toISOString()],
    });
    return result.rowsAffected;
  }
  const result = await mongoModel(payload, JOBS).updateMany({ processing: true, completedAt: null, updatedAt: { $lt: before } }, { $set: { processing: false } });
  return result.modifiedCount;
}
