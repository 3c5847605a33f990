import type { CollectionAfterChangeHook } from 'payload';
import { FIRST_MESSAGE_CONTEXT } from '../../../contact/contactContext';
import { countContactEvent } from '../../../contact/countContactEvent';
import { MESSAGE_FROM } from '../../../contact/conversationStatus';

/**
 * Counts each new message for the dashboard: a person's follow-up as a reply, a counsellor's
 * answer as an answer (the first message is counted with its new conversation). Notes are
 * not counted: they are not contact.
 */
export const countMessage: CollectionAfterChangeHook = async ({ doc, operation, req, context }) => {
  if (operation !== 'create' || context.skipSideEffects) return doc;
  if (doc.from === MESSAGE_FROM.staff) await countContactEvent(req.payload, 'contactAnswers');
  else if (doc.from === MESSAGE_FROM.person) await countContactEvent(req.payload, context[FIRST_MESSAGE_CONTEXT] ? 'contactConversations' : 'contactReplies');
  return doc;
};
