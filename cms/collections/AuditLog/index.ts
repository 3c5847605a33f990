import type { CollectionConfig } from 'payload';
import { isAdmin } from '../../access/isAdmin';
import { nobody } from '../../access/nobody';
import {
  AUDIT_ACTION_LABELS,
  AUDIT_ACTIONS,
  AUDIT_CHANNEL_LABELS,
  AUDIT_CHANNELS,
  AUDIT_SUBJECT_LABELS,
  AUDIT_SUBJECTS,
} from '../../audit/auditActions';
import { createdAtField } from '../../fields/createdAtField';
import { refuseAuditChanges } from './hooks/refuseAuditChanges';

const readOnly = { readOnly: true } as const;

/**
 * The audit trail: who (a staff account) read, exported, changed or deleted which
 * registration or conversation, and every sign-in and role change. Append-only: nobody may
 * change or delete an entry, not even an administrator or server code; only the retention job
 * removes entries older than AUDIT_RETENTION_DAYS. Entries hold ids and actions, never the
 * content of a record.
 */
export const AuditLog: CollectionConfig = {
  slug: 'audit-log',
  labels: { singular: { nl: 'Logregel', en: 'Audit entry' }, plural: { nl: 'Logboek', en: 'Audit log' } },
  admin: {
    useAsTitle: 'action',
    defaultColumns: ['createdAt', 'actor', 'action', 'subject', 'subjectId', 'detail'],
    group: { nl: 'Beheer', en: 'Administration' },
    description: {
      nl: 'Wie wanneer welke aanmelding of welk gesprek heeft bekeken, gedownload, gewijzigd of verwijderd, en wie wanneer inlogde of een rol kreeg. Alleen beheerders zien dit logboek. Niemand kan een regel wijzigen of verwijderen; oude regels verdwijnen vanzelf na de bewaartermijn. Het logboek bevat alleen nummers, geen namen of berichten. Gebruik "Filters" om te zoeken op medewerker, handeling of aanmelding.',
      en: 'Who read, exported, changed or deleted which record, and sign-ins and role changes. Append-only; old entries expire.',
    },
    pagination: { defaultLimit: 50 },
    // The search box finds entries about one record, by its number.
    listSearchableFields: ['subjectId'],
  },
  defaultSort: '-createdAt',
  disableDuplicate: true,
  access: {
    read: isAdmin,
    create: nobody,
    update: nobody,
    delete: nobody,
  },
  hooks: {
    beforeOperation: [refuseAuditChanges],
  },
  fields: [
    createdAtField('Tijdstip'),
    {
      name: 'actor',
      type: 'text',
      index: true,
      maxLength: 40,
      label: { nl: 'Medewerker', en: 'Staff member' },
      admin: {
        ...readOnly,
        description: { nl: 'Het nummer van het account. Leeg als niemand ingelogd was.', en: 'Account id; empty when nobody was signed in.' },
        components: { Cell: '/components/audit/ActorCell#ActorCell' },
      },
    },
    {
      name: 'action',
      type: 'select',
      required: true,
      index: true,
      label: { nl: 'Handeling', en: 'Action' },
      options: AUDIT_ACTIONS.map((value) => ({ value, label: AUDIT_ACTION_LABELS[value] })),
      admin: readOnly,
    },
    {
      name: 'subject',
      type: 'select',
      index: true,
      label: { nl: 'Soort gegevens', en: 'Record type' },
      options: AUDIT_SUBJECTS.map((value) => ({ value, label: AUDIT_SUBJECT_LABELS[value] })),
      admin: readOnly,
    },
    {
      name: 'subjectId',
      type: 'text',
      index: true,
      maxLength: 40,
      label: { nl: 'Nummer', en: 'Record id' },
      admin: { ...readOnly, description: { nl: 'Het nummer van de aanmelding, het gesprek of het account.', en: 'Id of the record.' } },
    },
    {
      name: 'detail',
      type: 'text',
      maxLength: 200,
      label: { nl: 'Toelichting', en: 'Detail' },
      admin: { ...readOnly, description: { nl: 'Bijvoorbeeld welke velden zijn gewijzigd (alleen de namen) of welke rol iemand kreeg.', en: 'E.g. names of changed fields, or roles.' } },
    },
    {
      name: 'channel',
      type: 'select',
      label: { nl: 'Via', en: 'Channel' },
      options: AUDIT_CHANNELS.map((value) => ({ value, label: AUDIT_CHANNEL_LABELS[value] })),
      admin: readOnly,
    },
  ],
};
