import type { Payload } from 'payload';
import { contactSettings } from './contactSettings';
import { MESSAGE_FROM } from './conversationStatus';

const DAY_MS = 24 * 60 * 60 * 1000;

/** A conversation as the person sees it: their messages and the answers, never staff notes. */
export interface PersonConversation {
  messages: { from: 'person' | 'staff'; body: string; at: string }[];
  /** True while the person's latest message has no answer yet. */
  waitingForAnswer: boolean;
  notifyByEmail: boolean;
  /** When the conversation is deleted if nothing is added (ISO). */
  deletesAt: string;
}

/** Reads an unlocked conversation for the person. Notes are filtered out in the query itself. */
export async function personView(payload: Payload, conversationId: number | string): Promise<PersonConversation | null> {
  const conversation = await payload.findByID({ collection: 'conversations', id: conversationId, depth: 0, overrideAccess: true, disableErrors: true, select: { lastMessageAt: true, notifyByEmail: true } });
  if (!conversation) return null;
  const { docs } = await payload.find({
    collection: 'conversation-messages',
    where: { and: [{ conversation: { equals: conversationId } }, { from: { in: [MESSAGE_FROM.person, MESSAGE_FROM.staff] } }] },
    sort: 'createdAt',
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { from: true, body: true, createdAt: true },
  });
  const messages = docs.map((doc) => ({ from: doc.from as 'person' | 'staff', body: String(doc.body ?? ''), at: String(doc.createdAt) }));
  const last = Date.parse(String(conversation.lastMessageAt ?? '')) || Date.now();
  return {
    messages,
    waitingForAnswer: messages.at(-1)?.from === MESSAGE_FROM.person,
    notifyByEmail: Boolean(conversation.notifyByEmail),
    deletesAt: new Date(last + contactSettings().retentionDays * DAY_MS).toISOString(),
  };
}
