import type { CollectionConfig } from 'payload';
import { isCoordinator } from '../../access/isCoordinator';
import { isCoordinatorField } from '../../access/isCoordinatorField';
import { nobodyField } from '../../access/nobodyField';
import { publishedOrCoordinator } from '../../access/publishedOrCoordinator';
import { cancelRegistrationsOfGroup } from './hooks/cancelRegistrationsOfGroup';
import { invalidateGroupPages } from './hooks/invalidateGroupPages';
import { offerAddedSeats } from './hooks/offerAddedSeats';
import { protectSeatsTaken } from './hooks/protectSeatsTaken';
import { editorFriendlyArray } from '../../fields/editorFriendly';
import { meetingsField } from './meetingsField';
import { requiredFor, validateGroupSlug, validateMeetingLink } from './validateGroup';

const isInPerson = (data: Partial<{ format: string }>) => data?.format !== 'online';
const isOnline = (data: Partial<{ format: string }>) => data?.format === 'online';

/**
 * Support groups for relatives ("lotgenotengroepen"): five meetings, small and closed.
 * The public reads published groups without the address, meeting link and seat count;
 * the site shows only whether places are free, almost gone or taken.
 */
export const Groups: CollectionConfig = {
  slug: 'groups',
  labels: { singular: { nl: 'Lotgenotengroep', en: 'Support group' }, plural: { nl: 'Lotgenotengroepen', en: 'Support groups' } },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'format', 'city', 'capacity', 'seatsTaken', 'signupOpen', 'published'],
    group: { nl: 'Lotgenotengroepen', en: 'Support groups' },
    description: {
      nl: 'Groepen voor naasten. Zet een groep pas op "gepubliceerd" als de data vastliggen. Verwijder je een groep, dan worden de deelnemers en de wachtlijst afgemeld en krijgen zij daar een e-mail over.',
      en: 'Groups for relatives. Prefer closing sign-up or unpublishing over deleting a group with registrations.',
    },
  },
  defaultSort: 'title',
  access: {
    read: publishedOrCoordinator,
    create: isCoordinator,
    update: isCoordinator,
    delete: isCoordinator,
  },
  hooks: {
    beforeChange: [protectSeatsTaken],
    afterChange: [offerAddedSeats, invalidateGroupPages],
    beforeDelete: [cancelRegistrationsOfGroup],
    afterDelete: [invalidateGroupPages],
  },
  fields: [
    {
      name: 'registrationsExport',
      type: 'ui',
      admin: { position: 'sidebar', components: { Field: '/components/GroupExportLink#GroupExportLink' } },
    },
    {
      name: 'title',
      type: 'text',
      required: true,
      maxLength: 80,
      label: { nl: 'Naam van de groep', en: 'Title' },
      admin: {
        description: {
          nl: 'Staat op de site en in e-mails. Houd het neutraal, bijvoorbeeld "Groep Utrecht, voorjaar".',
          en: 'Shown on the site and in emails. Keep it neutral.',
        },
      },
    },
    {
      name: 'slug',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      maxLength: 60,
      label: { nl: 'Adres (slug)', en: 'Slug' },
      validate: validateGroupSlug,
      admin: {
        position: 'sidebar',
        description: { nl: 'De pagina wordt /lotgenotengroepen/<slug>, bijvoorbeeld utrecht-voorjaar.', en: 'The page is /lotgenotengroepen/<slug>.' },
      },
    },
    {
      name: 'audience',
      type: 'textarea',
      required: true,
      maxLength: 600,
      label: { nl: 'Voor wie', en: 'Audience' },
      admin: { description: { nl: 'Voor wie is deze groep? Bijvoorbeeld: partners en ex-partners.', en: 'Who is this group for?' } },
    },
    {
      name: 'format',
      type: 'select',
      required: true,
      defaultValue: 'inPerson',
      label: { nl: 'Vorm', en: 'Format' },
      options: [
        { value: 'inPerson', label: { nl: 'Op locatie', en: 'In person' } },
        { value: 'online', label: { nl: 'Online', en: 'Online' } },
      ],
    },
    {
      name: 'city',
      type: 'text',
      maxLength: 60,
      label: { nl: 'Plaats', en: 'City' },
      validate: requiredFor('inPerson', 'Vul de plaats in.'),
      admin: {
        condition: isInPerson,
        description: { nl: 'Staat op de site.', en: 'Shown on the site.' },
        // In the list, an online group shows "Online" rather than an empty place.
        components: { Cell: '/components/groups/PlaceCell#PlaceCell' },
      },
    },
    {
      name: 'address',
      type: 'textarea',
      maxLength: 200,
      label: { nl: 'Adres', en: 'Address' },
      validate: requiredFor('inPerson', 'Vul het adres in.'),
      access: { read: isCoordinatorField },
      admin: {
        condition: isInPerson,
        description: {
          nl: 'Niet op de site: deelnemers krijgen het adres pas na hun aanmelding, in de e-mail en het agendabestand.',
          en: 'Not on the site: participants get it by email after signing up.',
        },
      },
    },
    {
      name: 'meetingLink',
      type: 'text',
      maxLength: 500,
      label: { nl: 'Link online bijeenkomst', en: 'Online meeting link' },
      validate: validateMeetingLink,
      access: { read: isCoordinatorField },
      admin: {
        condition: isOnline,
        description: {
          nl: 'Nooit op de site. Alleen bevestigde deelnemers krijgen de link, in de herinnering vlak voor elke bijeenkomst. Zolang de link leeg is, worden herinneringen voor deze groep uitgesteld.',
          en: 'Never public. Sent only in reminders to confirmed participants.',
        },
      },
    },
    editorFriendlyArray(meetingsField, ['date']),
    {
      name: 'capacity',
      type: 'number',
      required: true,
      min: 1,
      max: 30,
      defaultValue: 8,
      label: { nl: 'Aantal plekken', en: 'Capacity' },
      admin: {
        position: 'sidebar',
        description: {
          nl: 'Groepen zijn klein (ongeveer 5 tot 10 mensen). Verhoog je dit, dan krijgen mensen op de wachtlijst meteen een plek aangeboden.',
          en: 'Raising it offers the new places to the waiting list at once.',
        },
      },
    },
    {
      name: 'seatsTaken',
      type: 'number',
      defaultValue: 0,
      label: { nl: 'Bezette plekken', en: 'Seats taken' },
      access: { read: isCoordinatorField, create: nobodyField, update: nobodyField },
      admin: {
        position: 'sidebar',
        readOnly: true,
        description: {
          nl: 'Wordt automatisch bijgehouden: bevestigde deelnemers plus plekken die voor iemand van de wachtlijst worden vastgehouden.',
          en: 'Kept automatically: confirmed participants plus places held for an offer.',
        },
      },
    },
    {
      name: 'facilitators',
      type: 'text',
      maxLength: 200,
      label: { nl: 'Begeleiding (optioneel)', en: 'Facilitators (optional)' },
      admin: { description: { nl: 'Staat op de site, bijvoorbeeld "Een therapeut van De Waag en een medewerker van Stop it Now!".', en: 'Shown on the site.' } },
    },
    {
      name: 'intakeNote',
      type: 'textarea',
      maxLength: 400,
      label: { nl: 'Over het kennismakingsgesprek', en: 'Intake note' },
      defaultValue: 'Na je aanmelding bellen we je voor een kort kennismakingsgesprek. Zo kun je vragen stellen en kijken we samen of de groep bij je past.',
      admin: { description: { nl: 'Staat op de groepspagina, bij het aanmeldformulier.', en: 'Shown next to the sign-up form.' } },
    },
    {
      name: 'signupOpen',
      type: 'checkbox',
      defaultValue: true,
      label: { nl: 'Aanmelden staat open', en: 'Sign-up open' },
      admin: { position: 'sidebar', description: { nl: 'Na de eerste bijeenkomst sluit aanmelden vanzelf: de groep is dan besloten.', en: 'Closes by itself after the first meeting.' } },
    },
    {
      name: 'published',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      label: { nl: 'Gepubliceerd (zichtbaar op de site)', en: 'Published' },
      admin: { position: 'sidebar' },
    },
  ],
};
