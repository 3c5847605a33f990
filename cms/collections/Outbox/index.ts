import type { CollectionConfig, PayloadRequest } from 'payload';
import { isAdmin } from '../../access/isAdmin';
import { nobody } from '../../access/nobody';
import { hasRole } from '../../access/roles';
import { EMAIL_KINDS, type EmailKind, OUTBOX_STATUS } from '../../email/outbox/outboxTypes';
import { encryptedText } from '../../fields/encryptedText';

const adminReads = (req: PayloadRequest) => hasRole(req.user, 'admin');
const KIND_LABELS: Record<EmailKind, string> = {
  confirmEmail: 'Bevestig je e-mailadres',
  registered: 'Aanmelding rond',
  waitingList: 'Wachtlijst',
  placeOffered: 'Plek aangeboden',
  reminder: 'Herinnering',
  cancelled: 'Afgemeld',
  coordinatorNotice: 'Melding aan coördinatoren',
  staffAccount: 'Medewerkersaccount (bijv. wachtwoord vergeten)',
  contactAnswer: 'Contactformulier: er is een antwoord',
  contactNotice: 'Contactformulier: melding aan hulpverleners',
};
const readOnly = { readOnly: true } as const;

/**
 * Every email the portal sends, queued first and sent by a worker with retries
 * (cms/email/outbox). An SMTP outage delays mail and loses nothing. Address and content are
 * encrypted, and erased once the email is sent: only the fact that it was sent remains, so
 * the same email (`dedupeKey`) is never sent twice.
 */
export const Outbox: CollectionConfig = {
  slug: 'outbox',
  labels: { singular: { nl: 'Uitgaande e-mail', en: 'Outgoing email' }, plural: { nl: 'Uitgaande e-mail', en: 'Outbox' } },
  admin: {
    useAsTitle: 'subject',
    defaultColumns: ['subject', 'kind', 'status', 'attempts', 'nextAttemptAt', 'sentAt'],
    group: { nl: 'Beheer', en: 'Administration' },
    description: {
      nl: 'Wachtrij van e-mails. Mislukt verzenden, dan probeert de server het later opnieuw (tot 10 keer). Zet een mislukte e-mail op "Wacht op verzending" om het nog eens te proberen. Na verzending worden adres en inhoud gewist.',
      en: 'Email queue with retries. Set a failed email back to pending to retry. Address and content are erased once sent.',
    },
  },
  defaultSort: '-createdAt',
  access: {
    read: isAdmin,
    create: nobody,
    // Administrators may put a failed email back in the queue.
    update: isAdmin,
    delete: isAdmin,
  },
  fields: [
    encryptedText({ name: 'to', label: { nl: 'Aan', en: 'To' }, maxLength: 254, tooLong: 'Hoogstens 254 tekens.', readableBy: adminReads }),
    { name: 'subject', type: 'text', required: true, maxLength: 200, label: { nl: 'Onderwerp', en: 'Subject' }, admin: readOnly },
    encryptedText({ name: 'text', label: { nl: 'Tekst', en: 'Text' }, maxLength: 50_000, tooLong: 'Te lang.', multiline: true, readableBy: adminReads }),
    encryptedText({ name: 'html', label: { nl: 'HTML', en: 'HTML' }, maxLength: 100_000, tooLong: 'Te lang.', multiline: true, readableBy: adminReads }),
    { name: 'attachments', type: 'json', label: { nl: 'Bijlagen', en: 'Attachments' }, admin: readOnly },
    {
      name: 'kind',
      type: 'select',
      required: true,
      label: { nl: 'Soort', en: 'Kind' },
      options: EMAIL_KINDS.map((value) => ({ value, label: KIND_LABELS[value] })),
      admin: readOnly,
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: OUTBOX_STATUS.pending,
      index: true,
      label: { nl: 'Status', en: 'Status' },
      options: [
        { value: OUTBOX_STATUS.pending, label: { nl: 'Wacht op verzending', en: 'Pending' } },
        { value: OUTBOX_STATUS.sent, label: { nl: 'Verzonden', en: 'Sent' } },
        { value: OUTBOX_STATUS.failed, label: { nl: 'Mislukt (geen nieuwe poging meer)', en: 'Failed' } },
      ],
      admin: { position: 'sidebar' },
    },
    { name: 'attempts', type: 'number', defaultValue: 0, label: { nl: 'Pogingen', en: 'Attempts' }, admin: { ...readOnly, position: 'sidebar' } },
    {
      name: 'nextAttemptAt',
      type: 'date',
      index: true,
      label: { nl: 'Volgende poging', en: 'Next attempt' },
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime', displayFormat: 'd MMMM yyyy HH:mm' } },
    },
    // Epoch ms until which one sender process holds this e-mail (cms/email/outbox/claimNextEmail.ts):
    // taken in one conditional write before sending, so two processes never send it both.
    { name: 'claimedUntil', type: 'number', index: true, admin: { hidden: true } },
    { name: 'sentAt', type: 'date', label: { nl: 'Verzonden op', en: 'Sent at' }, admin: { ...readOnly, position: 'sidebar', date: { pickerAppearance: 'dayAndTime', displayFormat: 'd MMMM yyyy HH:mm' } } },
    {
      name: 'lastError',
      type: 'text',
      maxLength: 300,
      label: { nl: 'Laatste foutmelding', en: 'Last error' },
      admin: { ...readOnly, description: { nl: 'Zonder e-mailadressen.', en: 'Addresses removed.' } },
    },
    {
      name: 'dedupeKey',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      maxLength: 200,
      label: { nl: 'Sleutel (tegen dubbel versturen)', en: 'Dedupe key' },
      admin: { ...readOnly, description: { nl: 'Dezelfde e-mail wordt nooit twee keer in de wachtrij gezet.', en: 'The same email is never queued twice.' } },
    },
  ],
};
