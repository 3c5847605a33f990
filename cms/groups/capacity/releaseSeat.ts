import { sql } from '@payloadcms/db-sqlite';
import type { Payload } from 'payload';
import { seatsChanged as changed } from './seatsChanged';
import { databaseKind, mongoModel, sqliteDb, sqliteId, sqliteTable } from './databaseKind';

/**
 * Gives one seat back, atomically and never below zero. Call it exactly once for each seat
 * that `claimSeat` took and that is no longer used (cancelled, offer expired, moved).
 *
 * @returns true when a seat was given back.
 */
export async function releaseSeat(payload: Payload, groupId: number | string): Promise<boolean> {
  if (databaseKind(payload) === 'sqlite') {
    const table = sql.identifier(sqliteTable(payload, 'groups'));
    const result = await sqliteDb(payload).run(
      sql`UPDATE ${table} SET seats_taken = seats_taken - 1 WHERE id = ${sqliteId(groupId)} AND seats_taken > 0`,
    );
    return changed(payload, result.rowsAffected === 1);
  }
  const result = await mongoModel(payload, 'groups').updateOne(
    { _id: groupId, seatsTaken: { $gt: 0 } },
    { $inc: { seatsTaken: -1 } },
  );
  return changed(payload, result.modifiedCount === 1);
}

