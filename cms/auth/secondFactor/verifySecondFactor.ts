import type { Payload, PayloadRequest } from 'payload';
import { recordAudit } from '../../audit/recordAudit';
import { dataCipher } from '../../lib/crypto/dataCipher';
import { readAccount } from './accountStore';
import { codeThrottle } from './codeThrottle';
import { endSession } from './endSession';
import { markSessionVerified } from './markSessionVerified';
import { consumeRecoveryCode } from './recoveryCodes';
import { verifyTotpCode } from './totp';

export type VerifyInput = { code: string } | { recoveryCode: string };
export type VerifyResult =
  | { ok: true; recoveryCodesLeft: number }
  | { ok: false; reason: 'notSetUp' | 'wrongCode' | 'sessionEnded' | 'paused' };

/**
 * The second step of signing in: a code from the authenticator app (each code works once) or
 * one of the recovery codes (each works once). On success the session counts as verified.
 */
export async function verifySecondFactor(payload: Payload, userId: number | string, sid: string, input: VerifyInput, req?: PayloadRequest): Promise<VerifyResult> {
  const account = await readAccount(payload, userId, req);
  const data = account?.secondFactor ?? {};
  if (!account || !data.secret) return { ok: false, reason: 'notSetUp' };
  const throttle = codeThrottle(payload);
  if (await throttle.accountPaused(account.id)) return { ok: false, reason: 'paused' };

  if ('code' in input) {
    const step = verifyTotpCode(dataCipher().decrypt(data.secret), input.code, data.lastStep);
    if (step !== null) {
      await throttle.succeeded(sid);
      await markSessionVerified(payload, account.id, sid, { lastStep: step }, req);
      await recordAudit(payload, { action: 'secondFactorPassed', actor: account.id, subject: 'users', subjectId: account.id }, req);
      return { ok: true, recoveryCodesLeft: data.recoveryCodes?.length ?? 0 };
    }
  } else {
    const remaining = consumeRecoveryCode(data.recoveryCodes, input.recoveryCode);
    if (remaining) {
      await throttle.succeeded(sid);
      await markSessionVerified(payload, account.id, sid, { recoveryCodes: remaining }, req);
      await recordAudit(payload, { action: 'recoveryCodeUsed', actor: account.id, subject: 'users', subjectId: account.id, detail: `nog ${remaining.length} over` }, req);
      return { ok: true, recoveryCodesLeft: remaining.length };
    }
  }
  await recordAudit(payload, { action: 'secondFactorFailed', actor: account.id, subject: 'users', subjectId: account.id }, req);
  if (await throttle.failed(account.id, sid)) {
    await endSession(payload, account.id, sid, req);
    return { ok: false, reason: 'sessionEnded' };
  }
  return { ok: false, reason: 'wrongCode' };
}
