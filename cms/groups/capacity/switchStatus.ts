import { sql } from '@payloadcms/db-sqlite';
import type { Payload } from 'payload';
import type { RegistrationStatus } from '../registrationStatus';
import { databaseKind, mongoModel, sqliteDb, sqliteId, sqliteTable } from './databaseKind';

/**
 * Moves a registration from `from` to `to` only if it is still in `from`, as one conditional
 * update. This is what makes emailed links single-use and keeps two simultaneous clicks (or
 * a click and the expiry job) from both acting: exactly one caller gets `true`.
 * `statusChangedAt` is set in the same write; it orders the waiting list.
 */
export async function switchStatus(
  payload: Payload,
  id: number | string,
  from: RegistrationStatus,
  to: RegistrationStatus,
  now: Date,
): Promise<boolean> {
  const at = now.toISOString();
  if (databaseKind(payload) === 'sqlite') {
    const table = sql.identifier(sqliteTable(payload, 'registrations'));
    const result = await sqliteDb(payload).run(
      sql`UPDATE ${table} SET status = ${to}, status_changed_at = ${at}, updated_at = ${at}
          WHERE id = ${sqliteId(id)} AND status = ${from}`,
    );
    return result.rowsAffected === 1;
  }
  const result = await mongoModel(payload, 'registrations').updateOne(
    { _id: id, status: from },
    { $set: { status: to, statusChangedAt: now, updatedAt: now } },
  );
  return result.modifiedCount === 1;
}
