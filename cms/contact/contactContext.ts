/** Set (req.context) on the first message of a conversation: counted as a new conversation. */
export const FIRST_MESSAGE_CONTEXT = 'contactFirstMessage';
