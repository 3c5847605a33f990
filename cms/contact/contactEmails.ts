import type { Payload } from 'payload';
import { queueEmail } from '../email/outbox/queueEmail';
import { runtimeConfig } from '../lib/runtimeConfig';
import { contactSettings } from './contactSettings';
import { answerReadyEmail } from './emails/answerReadyEmail';
import { newMessageNotice } from './emails/newMessageNotice';

/** The public page where a person opens their conversation (the code is never in a link). */
export const CONVERSATION_PATH = '/contact/gesprek';

/**
 * Every outbox key of a conversation starts with this, so deleting the conversation can take
 * its e-mails with it (see deleteConversationData).
 */
export function contactDedupePrefix(conversationId: number | string): string {
  return `contact:${conversationId}:`;
}

/** Queues "there is an answer for you" to the person's address, once per answer. */
export async function queueAnswerReady(payload: Payload, conversationId: number | string, messageId: number | string, to: string) {
  const conversationUrl = new URL(CONVERSATION_PATH, `${runtimeConfig().publicUrl}/`).href;
  return queueEmail(payload, {
    to,
    email: answerReadyEmail({ conversationUrl }),
    kind: 'contactAnswer',
    dedupeKey: `${contactDedupePrefix(conversationId)}answer:${messageId}`,
  });
}

/** Queues the content-free notice to the counsellors, if CONTACT_NOTIFY_EMAIL is set. */
export async function queueNewMessageNotice(payload: Payload, conversationId: number | string, messageId: number | string, isNewConversation: boolean) {
  const to = contactSettings().notifyEmail;
  if (!to) return { queued: false };
  const adminUrl = `${runtimeConfig().publicUrl}/admin/collections/conversations/${encodeURIComponent(String(conversationId))}`;
  return queueEmail(payload, {
    to,
    email: newMessageNotice({ adminUrl, isNewConversation }),
    kind: 'contactNotice',
    dedupeKey: `${contactDedupePrefix(conversationId)}notice:${messageId}`,
  });
}
