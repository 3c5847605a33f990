import type { Payload, PayloadRequest } from 'payload';
import { readAccount, writeAccountSecurity } from './accountStore';

/** Ends one session of the account: its token stops working at once. */
export async function endSession(payload: Payload, userId: number | string, sid: string, req?: PayloadRequest): Promise<void> {
  const account = await readAccount(payload, userId, req);
  if (!account) return;
  const sessions = (account.sessions ?? []).filter((s) => s.id !== sid);
  const verifiedSessions = (account.secondFactor?.verifiedSessions ?? []).filter((id) => id !== sid);
  await writeAccountSecurity(payload, userId, { sessions, secondFactor: { ...(account.secondFactor ?? {}), verifiedSessions } }, req);
}
