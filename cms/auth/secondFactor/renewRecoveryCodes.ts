import type { Payload, PayloadRequest } from 'payload';
import { recordAudit } from '../../audit/recordAudit';
import { readAccount, writeAccountSecurity } from './accountStore';
import { createRecoveryCodes } from './recoveryCodes';
import { sessionPassedSecondFactor } from './secondFactorState';

/** Ten new recovery codes for a verified session; the old ones stop working. */
export async function renewRecoveryCodes(payload: Payload, userId: number | string, sid: string, req?: PayloadRequest): Promise<string[] | null> {
  const account = await readAccount(payload, userId, req);
  if (!account?.secondFactor?.secret || !sessionPassedSecondFactor({ ...account, _sid: sid })) return null;
  const { codes, hashes } = createRecoveryCodes();
  await writeAccountSecurity(payload, userId, { secondFactor: { ...account.secondFactor, recoveryCodes: hashes } }, req);
  await recordAudit(payload, { action: 'recoveryCodesRenewed', actor: userId, subject: 'users', subjectId: userId }, req);
  return codes;
}
