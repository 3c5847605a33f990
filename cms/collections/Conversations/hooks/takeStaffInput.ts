import type { CollectionBeforeChangeHook } from 'payload';
import { CONVERSATION_STATUS } from '../../../contact/conversationStatus';
import { cleanStaffText, STAFF_INPUT_CONTEXT, type StaffInput } from '../../../contact/staffInput';

/**
 * Takes the counsellor's answer and note out of a save (both are virtual fields, never stored
 * on the conversation) and hands them to `recordStaffMessages`, which stores each as its own
 * message after the save. An answer moves the conversation to "answered", unless the
 * counsellor closes it in the same save; the retention clock starts again.
 */
export const takeStaffInput: CollectionBeforeChangeHook = ({ data, originalDoc, operation, context }) => {
  const input: StaffInput = { reply: cleanStaffText(data.reply), note: cleanStaffText(data.note) };
  delete data.reply;
  delete data.note;
  if (operation !== 'update' || (!input.reply && !input.note)) return data;
  context[STAFF_INPUT_CONTEXT] = input;
  if (!input.reply) return data;
  const closedNow = data.status === CONVERSATION_STATUS.closed && originalDoc?.status !== CONVERSATION_STATUS.closed;
  return {
    ...data,
    status: closedNow ? CONVERSATION_STATUS.closed : CONVERSATION_STATUS.answered,
    lastMessageAt: new Date().toISOString(),
    waitingSince: null,
  };
};
