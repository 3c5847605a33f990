import type { Payload } from 'payload';

/** True when the request carries no staff credentials at all (no session cookie, no API key). */
export function hasNoCredentials(headers: Headers): boolean {
  return !headers.get('authorization') && !/(?:^|;\s*)payload-token=/.test(headers.get('cookie') ?? '');
}

/**
 * The staff member a request is authenticated as, or null. Requests without credentials are
 * answered without touching the database; others are verified by Payload (signature, expiry,
 * the user still existing).
 */
export async function requestUser(payload: Payload, headers: Headers): Promise<unknown | null> {
  if (hasNoCredentials(headers)) return null;
  try {
    const { user } = await payload.auth({ headers });
    return user ?? null;
  } catch {
    return null;
  }
}
