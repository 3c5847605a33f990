/** The admin screen for the second step of signing in (setting up the app, or giving a code). */
export const SECOND_FACTOR_PATH = '/tweestapsverificatie';

/**
 * Admin screens a signed-in person may open before the second step: the step itself and the
 * ways out (log out, sign in as someone else, reset a password).
 */
const OPEN_BEFORE_SECOND_FACTOR = [SECOND_FACTOR_PATH, '/logout', '/logout-inactivity', '/login', '/forgot', '/reset', '/create-first-user'];

/** True when the admin path (after `/admin`, e.g. `/collections/users`) is open before the second step. */
export function isOpenBeforeSecondFactor(adminPath: string): boolean {
  return OPEN_BEFORE_SECOND_FACTOR.some((open) => adminPath === open || adminPath.startsWith(`${open}/`));
}
