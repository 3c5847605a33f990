import type { Payload, PayloadRequest } from 'payload';
import { liveSessionIds, readAccount, writeAccountSecurity } from './accountStore';
import type { SecondFactorData } from './secondFactorState';

/**
 * Records that session `sid` gave its second factor, together with the changes the step made
 * (`patch`: a used time step, a used recovery code, a confirmed secret). Sessions that ended
 * are dropped from the list on the way.
 */
export async function markSessionVerified(
  payload: Payload,
  userId: number | string,
  sid: string,
  patch: Partial<SecondFactorData>,
  req?: PayloadRequest,
): Promise<void> {
  const account = await readAccount(payload, userId, req);
  if (!account) return;
  const live = new Set(liveSessionIds(account));
  const data = { ...(account.secondFactor ?? {}), ...patch };
  const verifiedSessions = [...new Set([...(data.verifiedSessions ?? []), sid])].filter((id) => live.has(id));
  await writeAccountSecurity(payload, userId, { secondFactor: { ...data, verifiedSessions }, secondFactorEnabled: Boolean(data.secret) }, req);
}
