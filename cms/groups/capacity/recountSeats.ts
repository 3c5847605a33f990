import type { Payload } from 'payload';
import { databaseKind, mongoModel, sqliteClient, sqliteId, sqliteTable } from '../../lib/db/databaseKind';
import { REGISTRATION_STATUS } from '../registrationStatus';
import { seatsChanged } from './seatsChanged';

/** What the last run saw for a group that did not add up: stored and counted seats. */
export type RecountMemory = Map<string, { stored: number; counted: number }>;

/**
 * Repairs `seatsTaken` from the registrations that hold a seat (confirmed, offered), for seats
 * lost to a crash between two writes. Claims and status changes are two writes in most flows,
 * so a count can be off for a moment while one is under way: a group is repaired only when two
 * runs in a row saw the same difference, and then with a compare-and-set, so a seat taken in
 * between is never overwritten.
 *
 * @param memory kept by the caller between runs
 * @returns the groups repaired
 */
export async function recountSeats(payload: Payload, memory: RecountMemory): Promise<number> {
  const [{ docs: groups }, { docs: holders }] = await Promise.all([
    payload.find({ collection: 'groups', select: { seatsTaken: true }, pagination: false, depth: 0, overrideAccess: true }),
    payload.find({
      collection: 'registrations',
      where: { status: { in: [REGISTRATION_STATUS.confirmed, REGISTRATION_STATUS.offered] } },
      select: { group: true },
      pagination: false,
      depth: 0,
      overrideAccess: true,
    }),
  ]);
  const counted = new Map<string, number>();
  for (const reg of holders) {
    const group = reg.group && typeof reg.group === 'object' ? reg.group.id : reg.group;
    if (group != null) counted.set(String(group), (counted.get(String(group)) ?? 0) + 1);
  }
  let repaired = 0;
  const seen: RecountMemory = new Map();
  for (const group of groups) {
    const id = String(group.id);
    const now = { stored: Number(group.seatsTaken ?? 0), counted: counted.get(id) ?? 0 };
    if (now.stored === now.counted) continue;
    const before = memory.get(id);
    if (before && before.stored === now.stored && before.counted === now.counted) {
      if (await setSeats(payload, group.id, now.stored, now.counted)) repaired++;
    } else {
      seen.set(id, now);
    }
  }
  memory.clear();
  for (const [id, value] of seen) memory.set(id, value);
  return repaired;
}

/** Compare-and-set of a group's seat count: only if it still is `expected`. */
async function setSeats(payload: Payload, groupId: number | string, expected: number, value: number): Promise<boolean> {
  if (databaseKind(payload) === 'sqlite') {
    const result = await sqliteClient(payload).execute({
      sql: `UPDATE "${sqliteTable(payload, 'groups')}" SET seats_taken = ? WHERE id = ? AND COALESCE(seats_taken, 0) = ?`,
      args: [value, sqliteId(groupId), expected],
    });
    return seatsChanged(payload, result.rowsAffected === 1);
  }
  const result = await mongoModel(payload, 'groups').updateOne({ _id: groupId, seatsTaken: expected }, { $set: { seatsTaken: value } });
  return seatsChanged(payload, result.modifiedCount === 1);
}
