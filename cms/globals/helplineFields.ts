import type { ArrayField, Field } from 'payload';

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

export const WEEKDAY_OPTIONS = [
  { value: '1', label: 'maandag' },
  { value: '2', label: 'dinsdag' },
  { value: '3', label: 'woensdag' },
  { value: '4', label: 'donderdag' },
  { value: '5', label: 'vrijdag' },
  { value: '6', label: 'zaterdag' },
  { value: '7', label: 'zondag' },
];

/** The channels of the helpline; closed dates name which of them they close. */
export const CHANNEL_OPTIONS = [
  { value: 'phone', label: 'Telefoon' },
  { value: 'chat', label: 'Chat' },
  { value: 'contact', label: 'Contactformulier' },
];

function validateTime(value: unknown): true | string {
  return typeof value === 'string' && TIME.test(value) ? true : 'Schrijf de tijd als uu:mm, bijvoorbeeld 09:00.';
}

function validateCloses(value: unknown, { siblingData }: { siblingData: Partial<{ opens: unknown }> }): true | string {
  const time = validateTime(value);
  if (time !== true) return time;
  const opens = siblingData?.opens;
  // Same-length 'HH:MM' strings compare like times. 24:00 is written as 23:59.
  return typeof opens === 'string' && TIME.test(opens) && opens >= String(value) ? 'De sluittijd moet later zijn dan de openingstijd.' : true;
}

/**
 * Opening slots of one channel: one row per slot, several per day allowed
 * (09:00–17:00 and 19:00–21:00 on Monday are two rows).
 */
export function openingHours(name: string, description: string): ArrayField {
  return {
    name,
    type: 'array',
    label: { nl: 'Openingstijden', en: 'Opening hours' },
    labels: { singular: { nl: 'Tijdvak', en: 'Slot' }, plural: { nl: 'Tijdvakken', en: 'Slots' } },
    maxRows: 40,
    admin: {
      description: { nl: description, en: 'Per weekday, Dutch time. Several slots per day are allowed.' },
      initCollapsed: true,
      components: { RowLabel: '/globals/admin/OpeningSlotLabel#OpeningSlotLabel' },
    },
    fields: [
      {
        type: 'row',
        fields: [
          { name: 'weekday', type: 'select', required: true, options: WEEKDAY_OPTIONS, label: { nl: 'Dag', en: 'Day' } },
          { name: 'opens', type: 'text', required: true, validate: validateTime, label: { nl: 'Open vanaf', en: 'Opens' }, admin: { placeholder: '09:00' } },
          { name: 'closes', type: 'text', required: true, validate: validateCloses as never, label: { nl: 'Dicht vanaf', en: 'Closes' }, admin: { placeholder: '17:00' } },
        ],
      },
    ],
  };
}

/** A short note shown under a channel on the site (optional). */
export function channelNote(name: string, example: string): Field {
  return {
    name,
    type: 'textarea',
    maxLength: 300,
    label: { nl: 'Korte toelichting (optioneel)', en: 'Short note (optional)' },
    admin: { rows: 2, description: { nl: `Staat onder dit kanaal op de site. Bijvoorbeeld: „${example}”`, en: 'Shown under this channel.' } },
  };
}
