import type { Payload, PayloadRequest } from 'payload';
import { readAccount, writeAccountSecurity } from '../secondFactor/accountStore';

export interface EndSessionsOptions {
  /** Also forget the authenticator app: the account sets it up again (a lost or stolen phone). */
  forgetSecondFactor?: boolean;
  /** A session to leave alone (the person changing their own password stays signed in here). */
  keepSession?: string;
}

/**
 * Ends every session of an account ("log out everywhere"): their tokens stop working at once.
 * Returns false when there is no such account.
 */
export async function endAllSessions(payload: Payload, userId: number | string, options: EndSessionsOptions = {}, req?: PayloadRequest): Promise<boolean> {
  const account = await readAccount(payload, userId, req);
  if (!account) return false;
  const keep = options.keepSession;
  const sessions = (account.sessions ?? []).filter((s) => keep !== undefined && s.id === keep);
  const verifiedSessions = (account.secondFactor?.verifiedSessions ?? []).filter((id) => keep !== undefined && id === keep);
  const secondFactor = options.forgetSecondFactor ? {} : { ...(account.secondFactor ?? {}), verifiedSessions };
  const secondFactorEnabled = options.forgetSecondFactor ? false : Boolean(account.secondFactorEnabled);
  await writeAccountSecurity(payload, userId, { sessions, secondFactor, secondFactorEnabled }, req);
  return true;
}
