import type { CollectionAfterChangeHook } from 'payload';
import { MESSAGE_FROM } from '../../../contact/conversationStatus';
import { STAFF_INPUT_CONTEXT, type StaffInput } from '../../../contact/staffInput';
import { staffLabel } from '../../../contact/staffLabel';

/**
 * Stores the answer and the note of a counsellor's save (see `takeStaffInput`) as messages of
 * this conversation, written by this counsellor. The message hooks count the answer and send
 * the person a notice if they asked for one.
 */
export const recordStaffMessages: CollectionAfterChangeHook = async ({ doc, req, context }) => {
  const input = context[STAFF_INPUT_CONTEXT] as StaffInput | undefined;
  if (!input) return doc;
  // Taken once: the message writes below share this request's context.
  delete context[STAFF_INPUT_CONTEXT];
  const authorLabel = staffLabel(req.user);
  for (const [from, body] of [
    [MESSAGE_FROM.note, input.note],
    [MESSAGE_FROM.staff, input.reply],
  ] as const) {
    if (!body) continue;
    await req.payload.create({ collection: 'conversation-messages', data: { conversation: doc.id, from, body, authorLabel }, overrideAccess: true, req });
  }
  return doc;
};
