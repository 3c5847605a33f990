import type { ArrayField } from 'payload';
import { validateEnd, validateTime } from './validateGroup';

const DEFAULT_MEETING = { start: '19:30', end: '21:30' };

/**
 * A group's meetings: a date and Dutch wall-clock times. New groups start with five rows,
 * the usual series; the dates still have to be filled in.
 */
export const meetingsField: ArrayField = {
  name: 'meetings',
  type: 'array',
  required: true,
  minRows: 1,
  maxRows: 20,
  label: { nl: 'Bijeenkomsten', en: 'Meetings' },
  labels: { singular: { nl: 'Bijeenkomst', en: 'Meeting' }, plural: { nl: 'Bijeenkomsten', en: 'Meetings' } },
  defaultValue: Array.from({ length: 5 }, () => ({ ...DEFAULT_MEETING })),
  admin: {
    description: {
      nl: 'Een groep komt meestal vijf keer samen. Tijden in Nederlandse tijd. Deelnemers krijgen alle data in hun e-mail en agendabestand.',
      en: 'Usually five meetings. Times in Dutch time.',
    },
  },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'date',
          type: 'date',
          required: true,
          label: { nl: 'Datum', en: 'Date' },
          admin: { width: '40%', date: { pickerAppearance: 'dayOnly', displayFormat: 'EEEE d MMMM yyyy' } },
        },
        { name: 'start', type: 'text', required: true, label: { nl: 'Begint om', en: 'Starts' }, validate: validateTime, admin: { width: '30%', placeholder: '19:30' } },
        { name: 'end', type: 'text', required: true, label: { nl: 'Eindigt om', en: 'Ends' }, validate: validateEnd, admin: { width: '30%', placeholder: '21:30' } },
      ],
    },
  ],
};
