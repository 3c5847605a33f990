import type { CollectionConfig, DateField, PayloadRequest, TextField } from 'payload';
import { isCoordinator } from '../../access/isCoordinator';
import { nobody } from '../../access/nobody';
import { nobodyField } from '../../access/nobodyField';
import { hasRole } from '../../access/roles';
import { createdAtField } from '../../fields/createdAtField';
import { encryptedText } from '../../fields/encryptedText';
import { REGISTRATION_STATUS, REGISTRATION_STATUSES, STATUS_LABELS } from '../../groups/registrationStatus';
import { RELATION_LABELS, RELATIONS } from '../../groups/signupSchema';
import { exportEndpoint } from './exportEndpoint';
import { claimSeatForStaffChange } from './hooks/claimSeatForStaffChange';
import { guardStatus } from './hooks/guardStatus';
import { hashEmail } from './hooks/hashEmail';
import { releaseSeatAfterStaffChange } from './hooks/releaseSeatAfterStaffChange';
import { releaseSeatOnDelete } from './hooks/releaseSeatOnDelete';
import { releaseSeatOnFailedSave } from './hooks/releaseSeatOnFailedSave';

const coordinatorReads = (req: PayloadRequest) => hasRole(req.user, 'coordinator');

/** A value only server code reads and writes: never in the API, the admin or GraphQL. */
const internalAccess = { create: nobodyField, update: nobodyField };
const internalText = (name: string): TextField => ({ name, type: 'text', index: true, hidden: true, access: internalAccess });
const internalDate = (name: string): DateField => ({ name, type: 'date', hidden: true, access: internalAccess });

/**
 * Sign-ups for a support group: the most sensitive data in the system. Name, email, phone,
 * message and staff note are encrypted at rest; look-ups use `emailHash`. Only coordinators
 * and administrators can read them, in the admin, REST and GraphQL alike. Nobody creates one
 * through the API: the public signs up through the site's form (cms/groups/signUp).
 * Registrations are deleted automatically after the group ends (RETENTION_DAYS).
 */
export const Registrations: CollectionConfig = {
  slug: 'registrations',
  labels: { singular: { nl: 'Aanmelding', en: 'Registration' }, plural: { nl: 'Aanmeldingen', en: 'Registrations' } },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'group', 'status', 'intakeDone', 'createdAt'],
    group: { nl: 'Lotgenotengroepen', en: 'Support groups' },
    description: {
      nl: 'Aanmeldingen voor de lotgenotengroepen. Naam, e-mail, telefoon, bericht en notitie zijn versleuteld opgeslagen en daarom niet doorzoekbaar: gebruik „Filters” om op groep en status te zoeken. De lijst van één groep download je bij die groep (knop „Aanmeldingen van deze groep downloaden”). Wijzig je hier de status, dan krijgt de deelnemer daar geen e-mail over. Aanmeldingen worden automatisch verwijderd een aantal dagen na de laatste bijeenkomst. Wie een aanmelding bekijkt, wijzigt of downloadt, staat in het logboek.',
      en: 'Sign-ups (personal data encrypted). Changing status here sends no email. Deleted automatically after the group ends.',
    },
  },
  defaultSort: '-createdAt',
  access: {
    read: isCoordinator,
    create: nobody,
    update: isCoordinator,
    delete: isCoordinator,
  },
  endpoints: [exportEndpoint],
  hooks: {
    beforeChange: [hashEmail, guardStatus, claimSeatForStaffChange],
    afterChange: [releaseSeatAfterStaffChange],
    afterDelete: [releaseSeatOnDelete],
    afterError: [releaseSeatOnFailedSave],
  },
  fields: [
    {
      name: 'group',
      type: 'relationship',
      relationTo: 'groups',
      // Not `required`: that would make the column NOT NULL, and deleting a group must leave
      // its sign-ups without a group (the retention job removes them) rather than fail.
      validate: (value: unknown) => (value ? true : 'Kies een groep.'),
      index: true,
      label: { nl: 'Groep', en: 'Group' },
      admin: { description: { nl: 'Verplaats je iemand met een plek naar een andere groep, dan moet daar een plek vrij zijn.', en: 'Moving someone with a seat needs a free seat in the new group.' } },
    },
    encryptedText({
      name: 'name',
      label: { nl: 'Voornaam of schuilnaam', en: 'First name or pseudonym' },
      maxLength: 60,
      tooLong: 'Hoogstens 60 tekens.',
      required: true,
      readableBy: coordinatorReads,
    }),
    encryptedText({
      name: 'email',
      label: { nl: 'E-mailadres', en: 'Email' },
      maxLength: 254,
      tooLong: 'Hoogstens 254 tekens.',
      required: true,
      readableBy: coordinatorReads,
    }),
    encryptedText({
      name: 'phone',
      label: { nl: 'Telefoon (optioneel)', en: 'Phone (optional)' },
      maxLength: 20,
      tooLong: 'Hoogstens 20 tekens.',
      readableBy: coordinatorReads,
    }),
    {
      name: 'relation',
      type: 'select',
      required: true,
      label: { nl: 'Relatie tot de persoon', en: 'Relation to the person' },
      options: RELATIONS.map((value) => ({ value, label: RELATION_LABELS[value] })),
    },
    encryptedText({
      name: 'message',
      label: { nl: 'Bericht (optioneel)', en: 'Message (optional)' },
      maxLength: 1000,
      tooLong: 'Hoogstens 1000 tekens.',
      multiline: true,
      readableBy: coordinatorReads,
    }),
    {
      name: 'status',
      type: 'select',
      defaultValue: REGISTRATION_STATUS.awaitingConfirmation,
      index: true,
      label: { nl: 'Status', en: 'Status' },
      options: REGISTRATION_STATUSES.map((value) => ({ value, label: STATUS_LABELS[value] })),
      admin: {
        position: 'sidebar',
        description: {
          nl: 'Zet je iemand op "Aangemeld", dan neemt die een plek in; op "Afgemeld" komt de plek vrij en krijgt de eerste op de wachtlijst een aanbod.',
          en: 'Confirmed takes a seat; cancelled frees it for the waiting list.',
        },
      },
    },
    {
      name: 'intakeDone',
      type: 'checkbox',
      defaultValue: false,
      label: { nl: 'Kennismakingsgesprek gehad', en: 'Intake call done' },
      admin: { position: 'sidebar' },
    },
    encryptedText({
      name: 'staffNote',
      label: { nl: 'Notitie (alleen voor medewerkers)', en: 'Staff note' },
      maxLength: 2000,
      tooLong: 'Hoogstens 2000 tekens.',
      multiline: true,
      readableBy: coordinatorReads,
      description: { nl: 'Schrijf alleen op wat nodig is voor de groep. Wordt met de aanmelding verwijderd.', en: 'Only what the group needs. Deleted with the registration.' },
    }),
    {
      type: 'row',
      fields: [
        {
          name: 'consentVersion',
          type: 'text',
          maxLength: 20,
          label: { nl: 'Akkoord met privacyverklaring (versie)', en: 'Privacy statement version agreed to' },
          access: { update: nobodyField },
          admin: { readOnly: true },
        },
        {
          name: 'statusChangedAt',
          type: 'date',
          label: { nl: 'Status gewijzigd op', en: 'Status changed' },
          access: { update: nobodyField },
          admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime', displayFormat: 'd MMMM yyyy HH:mm' } },
        },
        {
          name: 'confirmedAt',
          type: 'date',
          label: { nl: 'Bevestigd op', en: 'Confirmed at' },
          access: { update: nobodyField },
          admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime', displayFormat: 'd MMMM yyyy HH:mm' } },
        },
      ],
    },
    createdAtField('Aangemeld op'),
    internalText('emailHash'),
    internalText('confirmTokenHash'),
    internalDate('confirmExpiresAt'),
    internalText('cancelTokenHash'),
    internalText('offerTokenHash'),
    internalDate('offerExpiresAt'),
  ],
};
