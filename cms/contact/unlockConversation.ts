import type { Payload } from 'payload';
import { dataCipher } from '../lib/crypto/dataCipher';
import { attemptCounter } from '../lib/rateLimit/attemptCounter';
import type { AttemptCounter } from '../lib/rateLimit/types';
import type { UnlockInput } from './contactSchema';
import { verifySecret } from './secretHash';

/** How often a conversation may be opened, and how many mistakes one connection may make. */
export const UNLOCK_LIMITS = { perCode: 5, perClient: 20, windowMs: 15 * 60 * 1000 } as const;

export type UnlockOutcome =
  | { outcome: 'open'; id: number | string }
  /** Unknown code and wrong secret alike: the answer never says whether a code exists. */
  | { outcome: 'wrong' }
  /** Too many attempts for this code (known or not) or from this connection: wait. */
  | { outcome: 'throttled' };

/**
 * Opens a conversation with its code and secret. Every attempt on a code counts, whether the
 * code exists or not, and after `perCode` attempts within the window even the right secret
 * waits (a success resets the count, so a person acting on their own conversation is never
 * slowed down). Mistakes also count per connection (`perClient`), so nobody can try many
 * codes. The secret is always checked against a scrypt hash, also for unknown codes, so the
 * time of the answer says nothing either.
 *
 * @param clientAddress from `clientAddressOf` only (server/clientAddress.ts decides it, honouring TRUST_PROXY).
 */
export async function unlockConversation(
  payload: Payload,
  input: UnlockInput,
  clientAddress: string | undefined,
  counter: AttemptCounter = attemptCounter(payload),
): Promise<UnlockOutcome> {
  const { perCode, perClient, windowMs } = UNLOCK_LIMITS;
  const codeHash = dataCipher().hash(input.code);
  if (clientAddress && (await counter.peek('contact-open-client', clientAddress, windowMs)) >= perClient) return { outcome: 'throttled' };
  if ((await counter.hit('contact-open-code', codeHash, windowMs)) > perCode) return { outcome: 'throttled' };

  const { docs } = await payload.find({
    collection: 'conversations',
    where: { codeHash: { equals: codeHash } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    select: { secretHash: true },
    showHiddenFields: true,
  });
  const conversation = docs[0];
  if (!(await verifySecret(input.secret, conversation?.secretHash ?? null)) || !conversation) {
    if (clientAddress) await counter.hit('contact-open-client', clientAddress, windowMs);
    return { outcome: 'wrong' };
  }
  await counter.clear('contact-open-code', codeHash);
  return { outcome: 'open', id: conversation.id };
}
