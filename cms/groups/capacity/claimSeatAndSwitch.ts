import type { Payload } from 'payload';
import { databaseKind, sqliteClient, sqliteId, sqliteTable } from '../../lib/db/databaseKind';
import type { RegistrationStatus } from '../registrationStatus';
import { claimSeat } from './claimSeat';
import { releaseSeat } from './releaseSeat';
import { seatsChanged } from './seatsChanged';
import { switchStatus } from './switchStatus';

export interface SeatAndStatus {
  groupId: number | string;
  registrationId: number | string;
  /** The registration must still be in this status, or nothing changes. */
  from: RegistrationStatus;
  /** The new status when a seat was free, */
  withSeat: RegistrationStatus;
  /** and when the group was full. */
  withoutSeat: RegistrationStatus;
  now: Date;
}

export interface SeatAndStatusOptions {
  /**
   * `transaction` (SQLite's default): both writes in one transaction. `compensate` (MongoDB's
   * way, also runnable on SQLite for tests): claim, switch, and give the seat back when the
   * switch did not happen or failed.
   */
  unit?: 'transaction' | 'compensate';
  /** Tests only: make the step between claiming and switching fail. */
  failAfterClaim?: boolean;
}

/**
 * Takes a seat if one is free and moves the registration out of `from`, as one unit: either
 * both happen or neither. This is what keeps a failure after the claim (a crash, a lost
 * connection, a lost race) from losing the seat for good.
 *
 * @returns whether the registration moved, whether it got a seat, and whether a seat was
 *   given back after a failed switch (the caller then offers it to the waiting list: someone
 *   may have been put there while the seat was briefly taken)
 */
export async function claimSeatAndSwitch(
  payload: Payload,
  change: SeatAndStatus,
  options: SeatAndStatusOptions = {},
): Promise<{ switched: boolean; seat: boolean; released: boolean }> {
  const unit = options.unit ?? (databaseKind(payload) === 'sqlite' ? 'transaction' : 'compensate');
  if (unit === 'transaction') return inTransaction(payload, change, options);
  return withCompensation(payload, change, options);
}

/**
 * SQLite: one `BEGIN IMMEDIATE … COMMIT` batch on Payload's own connection. The status update
 * reads the claim's outcome with `changes()` (rows changed by the previous statement), so no
 * JavaScript runs between the two writes; any error rolls both back.
 */
async function inTransaction(payload: Payload, change: SeatAndStatus, options: SeatAndStatusOptions) {
  const groups = sqliteTable(payload, 'groups');
  const registrations = sqliteTable(payload, 'registrations');
  const group = sqliteId(change.groupId);
  const registration = sqliteId(change.registrationId);
  const at = change.now.toISOString();
  const statements = [
    {
      sql: `UPDATE "${groups}" SET seats_taken = COALESCE(seats_taken, 0) + 1
            WHERE id = ? AND COALESCE(seats_taken, 0) < capacity
              AND EXISTS (SELECT 1 FROM "${registrations}" WHERE id = ? AND status = ?)`,
      args: [group, registration, change.from],
    },
    ...(options.failAfterClaim ? [{ sql: 'SELECT injected_failure_between_claim_and_status()', args: [] }] : []),
    {
      sql: `UPDATE "${registrations}" SET status = CASE WHEN changes() = 1 THEN ? ELSE ? END, status_changed_at = ?, updated_at = ?
            WHERE id = ? AND status = ?
            RETURNING status`,
      args: [change.withSeat, change.withoutSeat, at, at, registration, change.from],
    },
  ];
  const results = await sqliteClient(payload).batch(statements, 'write');
  const claimed = results[0]?.rowsAffected === 1;
  const row = results.at(-1)?.rows[0];
  seatsChanged(payload, claimed);
  return { switched: row !== undefined, seat: claimed, released: false };
}

/** MongoDB (no multi-document transaction on a standalone server): undo the claim when needed. */
async function withCompensation(payload: Payload, change: SeatAndStatus, options: SeatAndStatusOptions) {
  const seat = await claimSeat(payload, change.groupId);
  let switched = false;
  let released = false;
  try {
    if (options.failAfterClaim) throw new Error('Injected failure between claim and status.');
    switched = await switchStatus(payload, change.registrationId, change.from, seat ? change.withSeat : change.withoutSeat, change.now);
  } finally {
    if (seat && !switched) released = await releaseSeat(payload, change.groupId);
  }
  return { switched, seat: seat && switched, released };
}
