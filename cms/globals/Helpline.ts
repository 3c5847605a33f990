import type { GlobalConfig } from 'payload';
import { anyone } from '../access/anyone';
import { isEditor } from '../access/isEditor';
import { invalidateGlobalPages } from './hooks/invalidateGlobalPages';
import { validateHref } from '../fields/link';

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

const WEEKDAYS = [
  { value: '1', label: 'maandag' },
  { value: '2', label: 'dinsdag' },
  { value: '3', label: 'woensdag' },
  { value: '4', label: 'donderdag' },
  { value: '5', label: 'vrijdag' },
  { value: '6', label: 'zaterdag' },
  { value: '7', label: 'zondag' },
];

function validateTime(value: unknown): true | string {
  return typeof value === 'string' && TIME.test(value) ? true : 'Schrijf de tijd als uu:mm, bijvoorbeeld 09:00.';
}

/**
 * How to reach the helpline and when. Every public page shows this, with whether phone and
 * chat are open now (computed in the visitor's browser in Europe/Amsterdam time).
 */
export const Helpline: GlobalConfig = {
  slug: 'helpline',
  label: { nl: 'Hulplijn', en: 'Helpline' },
  admin: {
    group: { nl: 'Instellingen', en: 'Settings' },
    description: {
      nl: 'Telefoon, chat en openingstijden. Let op: de tijden die bij de installatie zijn ingevuld zijn VOORBEELDEN. Controleer ze voordat de site live gaat.',
      en: 'Phone, chat and opening hours. The seeded hours are EXAMPLES: check them before going live.',
    },
  },
  access: { read: anyone, update: isEditor },
  hooks: { afterChange: [invalidateGlobalPages] },
  fields: [
    { name: 'phone', type: 'text', required: true, maxLength: 30, label: { nl: 'Telefoonnummer (zoals getoond)', en: 'Phone (as shown)' } },
    {
      name: 'phoneHref',
      type: 'text',
      required: true,
      maxLength: 40,
      label: { nl: 'Telefoonlink', en: 'Phone link' },
      admin: { description: { nl: 'Bijvoorbeeld tel:08002666436', en: 'E.g. tel:08002666436' } },
      validate: validateHref,
    },
    { name: 'chatUrl', type: 'text', maxLength: 300, label: { nl: 'Adres van de chat', en: 'Chat address' }, validate: validateHref },
    {
      name: 'contactFormUrl',
      type: 'text',
      maxLength: 300,
      label: { nl: 'Adres van het contactformulier', en: 'Contact form address' },
      validate: validateHref,
    },
    {
      name: 'hoursAreExamples',
      type: 'checkbox',
      defaultValue: true,
      label: { nl: 'De openingstijden zijn nog voorbeelden', en: 'The opening hours are still examples' },
      admin: { description: { nl: 'Zet dit uit als de echte tijden zijn ingevuld.', en: 'Untick once the real hours are entered.' } },
    },
    {
      name: 'slots',
      type: 'array',
      label: { nl: 'Openingstijden', en: 'Opening hours' },
      labels: { singular: { nl: 'Tijdvak', en: 'Slot' }, plural: { nl: 'Tijdvakken', en: 'Slots' } },
      admin: { description: { nl: 'Per kanaal en per weekdag. Meerdere tijdvakken per dag mogen. Tijden in Nederlandse tijd.', en: 'Per channel and weekday, Dutch time.' } },
      maxRows: 60,
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'channel', type: 'select', required: true, options: [{ value: 'phone', label: 'Telefoon' }, { value: 'chat', label: 'Chat' }], label: { nl: 'Kanaal', en: 'Channel' } },
            { name: 'weekday', type: 'select', required: true, options: WEEKDAYS, label: { nl: 'Dag', en: 'Day' } },
            { name: 'opens', type: 'text', required: true, validate: validateTime, label: { nl: 'Open vanaf', en: 'Opens' } },
            { name: 'closes', type: 'text', required: true, validate: validateTime, label: { nl: 'Gesloten vanaf', en: 'Closes' } },
          ],
        },
      ],
    },
    {
      name: 'closedDates',
      type: 'array',
      label: { nl: 'Gesloten dagen', en: 'Closed days' },
      admin: { description: { nl: 'Feestdagen en andere dagen waarop telefoon en chat dicht zijn.', en: 'Holidays and other closed days.' } },
      maxRows: 100,
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'date', type: 'date', required: true, admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'd MMMM yyyy' } }, label: { nl: 'Datum', en: 'Date' } },
            { name: 'label', type: 'text', maxLength: 80, label: { nl: 'Omschrijving', en: 'Label' } },
          ],
        },
      ],
    },
    {
      name: 'closedNote',
      type: 'textarea',
      maxLength: 600,
      label: { nl: 'Tekst als alles gesloten is', en: 'Note when everything is closed' },
      defaultValue: 'We zijn nu gesloten. Je kunt wel verder met de anonieme zelfhulp, of ons een bericht sturen via het contactformulier.',
    },
  ],
};
