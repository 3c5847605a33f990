import type { Role } from '../../access/roles';

/** Roles whose accounts may only act after a second factor (TOTP or a recovery code). */
export const SECOND_FACTOR_ROLES: readonly Role[] = ['admin', 'coordinator', 'counsellor'];

/**
 * What the server keeps about an account's second factor, in the user's `secondFactor` field.
 * Never readable through the API or the admin; only server code reads and writes it.
 */
export interface SecondFactorData {
  /** The TOTP secret (base32), encrypted with the data key. Absent until set up. */
  secret?: string;
  /** A secret being set up (shown as QR code, not yet confirmed with a code), encrypted. */
  pendingSecret?: string;
  /** The last TOTP time step accepted: a code is never accepted twice. */
  lastStep?: number;
  /** SHA-256 hashes of the unused one-time recovery codes. */
  recoveryCodes?: string[];
  /** Sessions (Payload session ids) in which the second factor was given. */
  verifiedSessions?: string[];
}

interface UserLike {
  roles?: readonly string[] | null;
  secondFactor?: SecondFactorData | null;
  secondFactorEnabled?: boolean | null;
  _sid?: string;
  _strategy?: string;
}

/** True when the account must give a second factor: its role requires it or its owner turned it on. */
export function needsSecondFactor(user: unknown): boolean {
  const u = user as UserLike | null | undefined;
  if (!u) return false;
  if (u.secondFactorEnabled) return true;
  const roles = Array.isArray(u.roles) ? u.roles : [];
  return SECOND_FACTOR_ROLES.some((role) => roles.includes(role));
}

/** True when this session already gave its second factor. */
export function sessionPassedSecondFactor(user: unknown): boolean {
  const u = user as UserLike | null | undefined;
  const sid = u?._sid;
  const verified = u?.secondFactor?.verifiedSessions;
  return typeof sid === 'string' && Array.isArray(verified) && verified.includes(sid);
}

/**
 * True while a signed-in staff member still owes the second factor. Such a user has no role at
 * all (see `hasRole`): they can reach nothing but their own account and the second-factor screen.
 *
 * Only users authenticated from a request (a session cookie or `Authorization: JWT`, which
 * Payload marks with `_strategy`) can be pending. Server code that passes a user object to
 * the Local API itself is trusted, as it is with `overrideAccess`.
 */
export function isSecondFactorPending(user: unknown): boolean {
  const u = user as UserLike | null | undefined;
  if (!u?._strategy) return false;
  return needsSecondFactor(u) && !sessionPassedSecondFactor(u);
}
