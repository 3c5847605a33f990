import type { Payload } from 'payload';
import { databaseKind, mongoModel, sqliteClient, sqliteTable } from '../../lib/db/databaseKind';
import { OUTBOX_STATUS } from './outboxTypes';

/**
 * How long a claim holds: longer than one SMTP conversation can take (10 s to connect, 30 s
 * socket timeout), short enough that a crashed sender's e-mail goes out again soon.
 */
export const CLAIM_MS = 2 * 60_000;

/**
 * Claims the next due e-mail for this sender, oldest first, in one conditional write: no
 * other process (or run) gets it until it is marked sent or failed, or the claim runs out
 * (`claimedUntil`, epoch ms).
 *
 * @returns the claimed e-mail's id, or null when nothing is due
 */
export async function claimNextEmail(payload: Payload, now: Date, claimMs = CLAIM_MS): Promise<number | string | null> {
  const at = now.getTime();
  if (databaseKind(payload) === 'sqlite') {
    const table = sqliteTable(payload, 'outbox');
    const free = `status = ? AND next_attempt_at <= ? AND (claimed_until IS NULL OR claimed_until <= ?)`;
    const { rows } = await sqliteClient(payload).execute({
      sql: `UPDATE "${table}" SET claimed_until = ?
            WHERE id = (SELECT id FROM "${table}" WHERE ${free} ORDER BY next_attempt_at, id LIMIT 1) AND ${free}
            RETURNING id`,
      args: [at + claimMs, OUTBOX_STATUS.pending, now.toISOString(), at, OUTBOX_STATUS.pending, now.toISOString(), at],
    });
    return rows[0] ? Number(rows[0].id) : null;
  }
  const doc = await mongoModel(payload, 'outbox')
    .findOneAndUpdate(
      {
        status: OUTBOX_STATUS.pending,
        nextAttemptAt: { $lte: now },
        $or: [{ claimedUntil: null }, { claimedUntil: { $lte: at } }],
      },
      { $set: { claimedUntil: at + claimMs } },
      { sort: { nextAttemptAt: 1, _id: 1 }, new: true },
    )
    .lean();
  return doc ? String(doc._id) : null;
}
