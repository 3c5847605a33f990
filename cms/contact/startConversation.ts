import type { Payload } from 'payload';
import type { Conversation } from '../payload-types';
import { dataCipher } from '../lib/crypto/dataCipher';
import { hashToken } from '../lib/crypto/tokens';
import { FIRST_MESSAGE_CONTEXT } from './contactContext';
import type { StartInput } from './contactSchema';
import { CONVERSATION_STATUS, MESSAGE_FROM } from './conversationStatus';
import { createConversationCode, createConversationSecret } from './conversationCodes';
import { conversationTitle } from './conversationTitle';
import { hashSecret } from './secretHash';

export type StartOutcome =
  /** Stored; `code` and `secret` are shown once and exist nowhere else in plain text. */
  | { outcome: 'created'; id: number | string; code: string; secret: string }
  /** This form was sent before (a reload, a double click): nothing new is stored. */
  | { outcome: 'duplicate' };

const CODE_ATTEMPTS = 5;

/**
 * Starts a conversation from the contact form: stores the message, the optional name and
 * e-mail address (all encrypted), a keyed hash of a new code and a scrypt hash of a new
 * secret, and returns code and secret for the person to write down. Nothing identifies the
 * person unless they chose to leave an address; no IP address or browser is stored.
 */
export async function startConversation(payload: Payload, input: StartInput, now: Date = new Date()): Promise<StartOutcome> {
  const submissionHash = hashToken(input.submission);
  const { totalDocs } = await payload.count({ collection: 'conversations', where: { submissionHash: { equals: submissionHash } }, overrideAccess: true });
  if (totalDocs > 0) return { outcome: 'duplicate' };

  const secret = createConversationSecret();
  const secretHash = await hashSecret(secret);
  const at = now.toISOString();
  for (let attempt = 1; ; attempt++) {
    const code = createConversationCode();
    let conversation: { id: number | string };
    try {
      conversation = await payload.create({
        collection: 'conversations',
        overrideAccess: true,
        data: {
          title: conversationTitle(now),
          status: CONVERSATION_STATUS.new,
          about: input.about ?? null,
          name: input.name ?? null,
          email: input.email ?? null,
          notifyByEmail: Boolean(input.email),
          lastMessageAt: at,
          waitingSince: at,
          codeHash: dataCipher().hash(code),
          secretHash,
          submissionHash,
        },
      });
    } catch (error) {
      // 2^40 codes make a clash very unlikely; the unique index turns one into a retry.
      if (attempt < CODE_ATTEMPTS && (await codeTaken(payload, code))) continue;
      throw error;
    }
    try {
      await payload.create({
        collection: 'conversation-messages',
        overrideAccess: true,
        context: { [FIRST_MESSAGE_CONTEXT]: true },
        data: { conversation: conversation.id as Conversation['id'], from: MESSAGE_FROM.person, body: input.message, submissionHash },
      });
    } catch (error) {
      // A conversation without its message would be an empty promise: take it back.
      await payload.delete({ collection: 'conversations', id: conversation.id, overrideAccess: true }).catch(() => undefined);
      throw error;
    }
    return { outcome: 'created', id: conversation.id, code, secret };
  }
}

async function codeTaken(payload: Payload, code: string): Promise<boolean> {
  const { totalDocs } = await payload.count({ collection: 'conversations', where: { codeHash: { equals: dataCipher().hash(code) } }, overrideAccess: true });
  return totalDocs > 0;
}
