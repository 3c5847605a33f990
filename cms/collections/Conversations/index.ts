import type { CollectionConfig, DateField, PayloadRequest, TextField } from 'payload';
import { isCounsellor } from '../../access/isCounsellor';
import { nobody } from '../../access/nobody';
import { nobodyField } from '../../access/nobodyField';
import { hasRole } from '../../access/roles';
import { ABOUT, ABOUT_ADMIN_LABELS, CONVERSATION_STATUS, CONVERSATION_STATUSES, STATUS_LABELS } from '../../contact/conversationStatus';
import { MAX_STAFF_TEXT_CHARS } from '../../contact/staffInput';
import { encryptedText } from '../../fields/encryptedText';
import { deleteConversationData } from './hooks/deleteConversationData';
import { labelAssignee } from './hooks/labelAssignee';
import { recordStaffMessages } from './hooks/recordStaffMessages';
import { takeStaffInput } from './hooks/takeStaffInput';
import { validateAssignee } from './validateAssignee';

const counsellorReads = (req: PayloadRequest) => hasRole(req.user, 'counsellor');
const nobodyReads = () => false;

/** A value only server code reads and writes: never in the API, the admin or GraphQL. */
const internalAccess = { read: () => false, create: nobodyField, update: nobodyField };
const internalText = (name: string, unique = false): TextField => ({ name, type: 'text', index: true, unique, hidden: true, access: internalAccess });
const readOnlyDate = (name: string, label: string, description?: string): DateField => ({
  name,
  type: 'date',
  index: true,
  label: { nl: label, en: name },
  access: { create: nobodyField, update: nobodyField },
  admin: { readOnly: true, position: 'sidebar', date: { pickerAppearance: 'dayAndTime', displayFormat: 'd MMMM yyyy HH:mm' }, ...(description ? { description: { nl: description, en: description } } : {}) },
});

const tooLong = `Hoogstens ${MAX_STAFF_TEXT_CHARS} tekens.`;
const validateStaffText = (value: unknown) => (typeof value !== 'string' || [...value].length <= MAX_STAFF_TEXT_CHARS ? true : tooLong);

/**
 * Conversations from the anonymous contact form (/contact). People open theirs on the site
 * with a code and a secret (only a keyed hash of the code and a scrypt hash of the secret are
 * stored); counsellors and administrators read and answer them here. Nobody else can read
 * them: not editors, coordinators or analysts, in the admin, REST, GraphQL or the Local API
 * with access control. Messages live in `conversation-messages`; name and e-mail address are
 * encrypted. A conversation is deleted `CONTACT_RETENTION_DAYS` after its last message, or
 * at once when the person deletes it.
 */
export const Conversations: CollectionConfig = {
  slug: 'conversations',
  labels: { singular: { nl: 'Gesprek', en: 'Conversation' }, plural: { nl: 'Gesprekken', en: 'Conversations' } },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'status', 'waitingSince', 'assigneeLabel', 'about', 'lastMessageAt'],
    group: { nl: 'Gesprekken', en: 'Conversations' },
    description: {
      nl: 'Berichten via het anonieme contactformulier. Open een gesprek om het te lezen en te beantwoorden. De persoon ziet je antwoord op de site met de gesprekscode en het wachtwoord dat alleen zij hebben. Interne notities ziet de persoon nooit. Een gesprek wordt automatisch verwijderd als er een tijd geen nieuw bericht bij komt. De antwoordtijd die mensen op de site zien, pas je aan bij Instellingen → Hulplijn → Contactformulier.',
      en: 'Messages from the anonymous contact form. Internal notes are never shown to the person. Deleted automatically after a period without messages.',
    },
    components: { beforeListTable: ['/collections/Conversations/admin/InboxFilters#InboxFilters'] },
    pagination: { defaultLimit: 50 },
  },
  defaultSort: '-lastMessageAt',
  access: {
    read: isCounsellor,
    // Conversations start on the public site (cms/contact/startConversation), never via the API.
    create: nobody,
    update: isCounsellor,
    delete: isCounsellor,
  },
  hooks: {
    beforeChange: [takeStaffInput, labelAssignee],
    afterChange: [recordStaffMessages],
    // Who read which conversation: the audit hooks of the staff workspace are added here
    // (afterRead), so every read in the admin, REST and GraphQL is recorded.
    afterRead: [],
    beforeDelete: [deleteConversationData],
  },
  fields: [
    {
      name: 'title',
      type: 'text',
      maxLength: 80,
      label: { nl: 'Gesprek', en: 'Conversation' },
      access: { create: nobodyField, update: nobodyField },
      admin: { readOnly: true, hidden: true },
    },
    {
      name: 'thread',
      type: 'ui',
      label: { nl: 'Berichten', en: 'Messages' },
      admin: { components: { Field: '/collections/Conversations/admin/ConversationThread#ConversationThread' } },
    },
    {
      name: 'reply',
      type: 'textarea',
      virtual: true,
      // Read back empty: after a save the form clears, so a second click cannot send it twice.
      hooks: { afterRead: [() => ''] },
      label: { nl: 'Antwoord aan de persoon', en: 'Answer to the person' },
      validate: validateStaffText,
      admin: {
        readOnly: false,
        rows: 8,
        description: {
          nl: 'Wordt verstuurd als je op Bewaar klikt. De persoon leest het op de site. Heeft de persoon een e-mailadres opgegeven, dan krijgt die een korte e-mail dat er een antwoord is, zonder de tekst.',
          en: 'Sent when you save. The person reads it on the site; an e-mail (without the text) tells them if they left an address.',
        },
      },
    },
    {
      name: 'note',
      type: 'textarea',
      virtual: true,
      hooks: { afterRead: [() => ''] },
      label: { nl: 'Interne notitie toevoegen', en: 'Add an internal note' },
      validate: validateStaffText,
      admin: {
        readOnly: false,
        rows: 3,
        description: { nl: 'Alleen voor collega\u2019s. De persoon ziet dit nooit.', en: 'For colleagues only; never shown to the person.' },
      },
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      index: true,
      defaultValue: CONVERSATION_STATUS.new,
      label: { nl: 'Status', en: 'Status' },
      options: CONVERSATION_STATUSES.map((value) => ({ value, label: STATUS_LABELS[value] })),
      admin: {
        position: 'sidebar',
        description: {
          nl: 'Gaat vanzelf naar "Beantwoord" als je antwoordt, en naar "Wacht op ons" als de persoon weer schrijft. Zet op "Afgesloten" als er niets meer hoeft.',
          en: 'Changes by itself on answers and new messages.',
        },
      },
    },
    {
      name: 'assignee',
      type: 'relationship',
      relationTo: 'users',
      index: true,
      label: { nl: 'Wie pakt dit op?', en: 'Handled by' },
      filterOptions: { roles: { in: ['counsellor', 'admin'] } },
      validate: validateAssignee,
      admin: {
        position: 'sidebar',
        description: { nl: 'Kies jezelf als je dit gesprek oppakt. Een beheerder kan het aan een collega geven.', en: 'Pick yourself when you take this on.' },
      },
    },
    {
      name: 'assigneeLabel',
      type: 'text',
      maxLength: 120,
      label: { nl: 'Behandeld door', en: 'Handled by' },
      access: { create: nobodyField, update: nobodyField },
      admin: { readOnly: true, hidden: true },
    },
    {
      name: 'about',
      type: 'select',
      label: { nl: 'Over wie', en: 'About' },
      options: ABOUT.map((value) => ({ value, label: ABOUT_ADMIN_LABELS[value] })),
      access: { create: nobodyField, update: nobodyField },
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      ...encryptedText({
        name: 'name',
        label: { nl: 'Naam (zelf gekozen)', en: 'Name (chosen by the person)' },
        maxLength: 60,
        tooLong: 'Hoogstens 60 tekens.',
        readableBy: counsellorReads,
      }),
      access: { read: ({ req }) => counsellorReads(req), create: nobodyField, update: nobodyField },
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      // Only the server reads it, to send the "there is an answer" notice. Nobody sees it.
      ...encryptedText({ name: 'email', label: { nl: 'E-mailadres', en: 'E-mail' }, maxLength: 254, tooLong: 'Hoogstens 254 tekens.', readableBy: nobodyReads }),
      access: internalAccess,
      hidden: true,
    },
    {
      name: 'notifyByEmail',
      type: 'checkbox',
      defaultValue: false,
      label: { nl: 'Krijgt een e-mail bij een antwoord', en: 'Gets an e-mail on an answer' },
      access: { create: nobodyField, update: nobodyField },
      admin: {
        readOnly: true,
        position: 'sidebar',
        description: { nl: 'Het adres zelf is versleuteld en voor niemand zichtbaar.', en: 'The address itself is encrypted and shown to nobody.' },
      },
    },
    readOnlyDate('waitingSince', 'Wacht op ons sinds', 'Het eerste bericht van de persoon dat nog geen antwoord heeft.'),
    readOnlyDate('lastMessageAt', 'Laatste bericht', 'Het gesprek wordt automatisch verwijderd als er na dit moment een tijd geen bericht bij komt.'),
    // Keyed hash of the code (HMAC, DATA_KEY): finds the conversation without storing the code.
    internalText('codeHash', true),
    { name: 'secretHash', type: 'text', hidden: true, access: internalAccess },
    internalText('submissionHash'),
  ],
};
