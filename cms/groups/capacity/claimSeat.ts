import { sql } from '@payloadcms/db-sqlite';
import type { Payload } from 'payload';
import { seatsChanged as changed } from './seatsChanged';
import { databaseKind, mongoModel, sqliteDb, sqliteId, sqliteTable } from './databaseKind';

/**
 * Takes one seat in a group if one is free, as a single conditional update in the database:
 * "add one where taken < capacity". Two requests can never both take the last seat, whether
 * they run in this process or in another server on the same database. This, with
 * `releaseSeat`, is the only code that changes a group's `seatsTaken`.
 *
 * @returns true when a seat was taken, false when the group is full or does not exist.
 */
export async function claimSeat(payload: Payload, groupId: number | string): Promise<boolean> {
  if (databaseKind(payload) === 'sqlite') {
    const table = sql.identifier(sqliteTable(payload, 'groups'));
    const result = await sqliteDb(payload).run(
      sql`UPDATE ${table} SET seats_taken = COALESCE(seats_taken, 0) + 1
          WHERE id = ${sqliteId(groupId)} AND COALESCE(seats_taken, 0) < capacity`,
    );
    return changed(payload, result.rowsAffected === 1);
  }
  // A missing seatsTaken compares as less than any number in $expr, and $inc then starts at 1.
  const result = await mongoModel(payload, 'groups').updateOne(
    { _id: groupId, $expr: { $lt: ['$seatsTaken', '$capacity'] } },
    { $inc: { seatsTaken: 1 } },
  );
  return changed(payload, result.modifiedCount === 1);
}

