import type { Payload } from 'payload';
import type { Conversation } from '../payload-types';
import { hashToken } from '../lib/crypto/tokens';
import { type ConversationStatus, MESSAGE_FROM, statusAfter } from './conversationStatus';

/**
 * Adds a message from the person to their (unlocked) conversation. The same form sent twice
 * stores it once. The conversation goes back to "waiting for us" and its retention clock
 * starts again.
 *
 * @returns false when this form was already stored (nothing new happened).
 */
export async function addPersonMessage(
  payload: Payload,
  conversationId: number | string,
  input: { message: string; submission: string },
  now: Date = new Date(),
): Promise<boolean> {
  const submissionHash = hashToken(input.submission);
  const { totalDocs } = await payload.count({
    collection: 'conversation-messages',
    where: { and: [{ conversation: { equals: conversationId } }, { submissionHash: { equals: submissionHash } }] },
    overrideAccess: true,
  });
  if (totalDocs > 0) return false;
  await payload.create({
    collection: 'conversation-messages',
    overrideAccess: true,
    data: { conversation: conversationId as Conversation['id'], from: MESSAGE_FROM.person, body: input.message, submissionHash },
  });
  const conversation = await payload.findByID({ collection: 'conversations', id: conversationId, depth: 0, overrideAccess: true, select: { status: true, waitingSince: true } });
  const at = now.toISOString();
  await payload.update({
    collection: 'conversations',
    id: conversationId,
    overrideAccess: true,
    data: {
      status: statusAfter(MESSAGE_FROM.person, conversation.status as ConversationStatus),
      lastMessageAt: at,
      waitingSince: conversation.waitingSince ?? at,
    },
  });
  return true;
}
