import type { CollectionAfterChangeHook } from 'payload';
import { queueAnswerReady, queueNewMessageNotice } from '../../../contact/contactEmails';
import { FIRST_MESSAGE_CONTEXT } from '../../../contact/contactContext';
import { MESSAGE_FROM } from '../../../contact/conversationStatus';
import { idOf } from '../../../groups/serviceContext';

/**
 * After a new message: a counsellor's answer sends the person the content-free "there is an
 * answer" e-mail (only if they left an address); a person's message sends the counsellors
 * their content-free notice (only if CONTACT_NOTIFY_EMAIL is set). Both go through the
 * outbox, so an SMTP outage delays them and a retry never sends them twice.
 */
export const notifyOnMessage: CollectionAfterChangeHook = async ({ doc, operation, req, context }) => {
  if (operation !== 'create' || context.skipSideEffects) return doc;
  const conversationId = idOf(doc.conversation);
  if (conversationId === null) return doc;
  if (doc.from === MESSAGE_FROM.person) {
    await queueNewMessageNotice(req.payload, conversationId, doc.id, Boolean(context[FIRST_MESSAGE_CONTEXT]));
  } else if (doc.from === MESSAGE_FROM.staff) {
    const conversation = await req.payload.findByID({ collection: 'conversations', id: conversationId, depth: 0, overrideAccess: true, showHiddenFields: true, disableErrors: true, req });
    const to = conversation?.notifyByEmail ? conversation.email : null;
    if (typeof to === 'string' && to) await queueAnswerReady(req.payload, conversationId, doc.id, to);
  }
  return doc;
};
