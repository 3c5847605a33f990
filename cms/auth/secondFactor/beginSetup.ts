import type { Payload } from 'payload';
import { dataCipher } from '../../lib/crypto/dataCipher';
import { readAccount, type StaffAccount, writeAccountSecurity } from './accountStore';
import { sessionPassedSecondFactor } from './secondFactorState';
import { createTotpSecret, totpUri } from './totp';

export type SetupStart = { ok: true; secret: string; uri: string } | { ok: false; reason: 'notAllowed' };

/**
 * The secret to show as QR code while setting up the authenticator app. The same pending
 * secret is shown until it is confirmed with a code, so reloading the page does not break a
 * half-finished setup. An account that already has a second factor can only set up a new one
 * from a session that passed the current one: knowing the password is never enough to replace it.
 */
export async function beginSetup(payload: Payload, user: StaffAccount & { _sid?: string }): Promise<SetupStart> {
  const account = await readAccount(payload, user.id);
  if (!account) return { ok: false, reason: 'notAllowed' };
  const data = account.secondFactor ?? {};
  if (data.secret && !sessionPassedSecondFactor({ ...account, _sid: user._sid })) return { ok: false, reason: 'notAllowed' };
  const cipher = dataCipher();
  let secret = data.pendingSecret ? cipher.decrypt(data.pendingSecret) : null;
  if (!secret) {
    secret = createTotpSecret();
    await writeAccountSecurity(payload, account.id, { secondFactor: { ...data, pendingSecret: cipher.encrypt(secret) } });
  }
  return { ok: true, secret, uri: totpUri(secret, account.email) };
}
