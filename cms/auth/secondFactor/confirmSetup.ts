import type { Payload, PayloadRequest } from 'payload';
import { recordAudit } from '../../audit/recordAudit';
import { dataCipher } from '../../lib/crypto/dataCipher';
import { readAccount } from './accountStore';
import { codeThrottle } from './codeThrottle';
import { endSession } from './endSession';
import { markSessionVerified } from './markSessionVerified';
import { createRecoveryCodes } from './recoveryCodes';
import { sessionPassedSecondFactor } from './secondFactorState';
import { verifyTotpCode } from './totp';

export type ConfirmResult =
  | { ok: true; recoveryCodes: string[] }
  | { ok: false; reason: 'noSetup' | 'notAllowed' | 'wrongCode' | 'sessionEnded' | 'paused' };

/**
 * Finishes setting up: the first code from the app proves it holds the secret. The secret is
 * then the account's second factor, this session counts as verified, and ten recovery codes
 * are made; they are returned once and stored only as hashes.
 */
export async function confirmSetup(payload: Payload, userId: number | string, sid: string, code: string, req?: PayloadRequest): Promise<ConfirmResult> {
  const account = await readAccount(payload, userId, req);
  const data = account?.secondFactor ?? {};
  if (!account || !data.pendingSecret) return { ok: false, reason: 'noSetup' };
  if (data.secret && !sessionPassedSecondFactor({ ...account, _sid: sid })) return { ok: false, reason: 'notAllowed' };
  const throttle = codeThrottle(payload);
  if (await throttle.accountPaused(account.id)) return { ok: false, reason: 'paused' };
  const cipher = dataCipher();
  const secret = cipher.decrypt(data.pendingSecret);
  const step = verifyTotpCode(secret, code, undefined);
  if (step === null) {
    await recordAudit(payload, { action: 'secondFactorFailed', actor: account.id, subject: 'users', subjectId: account.id, detail: 'instellen' }, req);
    if (await throttle.failed(account.id, sid)) {
      await endSession(payload, account.id, sid, req);
      return { ok: false, reason: 'sessionEnded' };
    }
    return { ok: false, reason: 'wrongCode' };
  }
  await throttle.succeeded(sid);
  const { codes, hashes } = createRecoveryCodes();
  await markSessionVerified(payload, account.id, sid, { secret: cipher.encrypt(secret), pendingSecret: undefined, lastStep: step, recoveryCodes: hashes }, req);
  await recordAudit(payload, { action: 'secondFactorEnabled', actor: account.id, subject: 'users', subjectId: account.id }, req);
  return { ok: true, recoveryCodes: codes };
}
