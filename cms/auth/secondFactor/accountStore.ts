import type { Payload, PayloadRequest } from 'payload';
import type { SecondFactorData } from './secondFactorState';

export interface StaffAccount {
  id: number | string;
  email: string;
  name?: string | null;
  roles?: string[] | null;
  secondFactor?: SecondFactorData | null;
  secondFactorEnabled?: boolean | null;
  sessions?: { id: string; createdAt?: string | null; expiresAt?: string | null }[] | null;
}

/** The account as stored, including its sessions and second-factor data (server code only). */
export async function readAccount(payload: Payload, id: number | string, req?: PayloadRequest): Promise<StaffAccount | null> {
  return payload.db.findOne<StaffAccount>({ collection: 'users', where: { id: { equals: id } }, req });
}

/**
 * Writes the second-factor fields (and, when given, the sessions) below Payload's operations,
 * as Payload itself stores sessions: no hooks, `updatedAt` left alone. Sessions are a list,
 * which the database adapter can only replace together with the whole row, so then the row
 * is written as read, with these fields changed (Payload does the same).
 */
export async function writeAccountSecurity(
  payload: Payload,
  id: number | string,
  data: { secondFactor?: SecondFactorData; secondFactorEnabled?: boolean; sessions?: StaffAccount['sessions'] },
  req?: PayloadRequest,
): Promise<void> {
  const row = data.sessions !== undefined ? await readAccount(payload, id, req) : null;
  await payload.db.updateOne({ collection: 'users', id, data: { ...(row ?? {}), ...data, updatedAt: null }, req, returning: false });
}

/** Session ids still alive on the account: verified-session lists keep only those. */
export function liveSessionIds(account: StaffAccount): string[] {
  const now = Date.now();
  return (account.sessions ?? []).filter((s) => !s.expiresAt || new Date(s.expiresAt).getTime() > now).map((s) => s.id);
}
