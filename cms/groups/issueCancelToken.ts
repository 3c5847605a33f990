import type { Payload } from 'payload';
import { createToken } from '../lib/crypto/tokens';
import { SERVICE_CONTEXT } from './serviceContext';

/**
 * Gives a registration its cancel link (stored hashed) and, for a confirmed place, the moment of
 * confirmation. Returns the token for the e-mail; it is not kept anywhere in plain text.
 */
export async function issueCancelToken(
  payload: Payload,
  registrationId: string | number,
  confirmedAt: Date | null,
): Promise<{ token: string; hash: string }> {
  const cancel = createToken();
  await payload.update({
    collection: 'registrations',
    id: registrationId,
    overrideAccess: true,
    context: SERVICE_CONTEXT,
    data: { cancelTokenHash: cancel.hash, ...(confirmedAt ? { confirmedAt: confirmedAt.toISOString() } : {}) },
  });
  return cancel;
}
