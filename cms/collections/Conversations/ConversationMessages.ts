import type { CollectionConfig, PayloadRequest } from 'payload';
import { isCounsellor } from '../../access/isCounsellor';
import { nobody } from '../../access/nobody';
import { hasRole } from '../../access/roles';
import { MESSAGE_FROM } from '../../contact/conversationStatus';
import { MAX_STAFF_TEXT_CHARS } from '../../contact/staffInput';
import { encryptedText } from '../../fields/encryptedText';
import { countMessage } from './hooks/countMessage';
import { notifyOnMessage } from './hooks/notifyOnMessage';

const counsellorReads = (req: PayloadRequest) => hasRole(req.user, 'counsellor');

/**
 * The messages of a conversation, one document each: a message from the person and an answer
 * written at the same moment are two inserts, so neither can overwrite the other. Texts are
 * encrypted. Nobody creates, changes or deletes one through the API: the person writes on the
 * site, counsellors through the conversation's "answer" and "note" fields, and messages go
 * when their conversation goes. Notes are for staff only and never reach the person.
 */
export const ConversationMessages: CollectionConfig = {
  slug: 'conversation-messages',
  labels: { singular: { nl: 'Bericht', en: 'Message' }, plural: { nl: 'Berichten', en: 'Messages' } },
  admin: {
    // Read inside their conversation; a list of loose messages helps nobody.
    hidden: true,
    group: { nl: 'Gesprekken', en: 'Conversations' },
    defaultColumns: ['conversation', 'from', 'createdAt'],
  },
  defaultSort: 'createdAt',
  access: {
    read: isCounsellor,
    create: nobody,
    update: nobody,
    delete: nobody,
  },
  hooks: {
    afterChange: [countMessage, notifyOnMessage],
    // Audit hooks of the staff workspace are added here as well (afterRead).
    afterRead: [],
  },
  fields: [
    { name: 'conversation', type: 'relationship', relationTo: 'conversations', required: true, index: true, label: { nl: 'Gesprek', en: 'Conversation' } },
    {
      name: 'from',
      type: 'select',
      required: true,
      label: { nl: 'Van', en: 'From' },
      options: [
        { value: MESSAGE_FROM.person, label: { nl: 'De persoon', en: 'The person' } },
        { value: MESSAGE_FROM.staff, label: { nl: 'Hulpverlener', en: 'Counsellor' } },
        { value: MESSAGE_FROM.note, label: { nl: 'Interne notitie', en: 'Internal note' } },
      ],
    },
    encryptedText({
      name: 'body',
      label: { nl: 'Tekst', en: 'Text' },
      maxLength: MAX_STAFF_TEXT_CHARS,
      tooLong: `Hoogstens ${MAX_STAFF_TEXT_CHARS} tekens.`,
      multiline: true,
      required: true,
      readableBy: counsellorReads,
    }),
    // Who wrote an answer or note, as a name at the time: colleagues cannot read each other's accounts.
    { name: 'authorLabel', type: 'text', maxLength: 120, label: { nl: 'Geschreven door', en: 'Written by' } },
    // Hash of the form's one-time key: a form sent twice stores one message.
    { name: 'submissionHash', type: 'text', index: true, hidden: true, access: { read: () => false } },
  ],
};
