import type { Block } from 'payload';

/**
 * Who can see what a visitor types: the one privacy text from Site settings, shown inside a
 * module where people write down something sensitive (names, a plan).
 */
export const DeviceNote: Block = {
  slug: 'deviceNote',
  interfaceName: 'DeviceNoteBlock',
  labels: { singular: { nl: 'Privacy-uitleg (dit apparaat)', en: 'Device privacy note' }, plural: { nl: 'Privacy-uitleg (dit apparaat)', en: 'Device privacy notes' } },
  fields: [
    {
      name: 'heading',
      type: 'text',
      maxLength: 120,
      defaultValue: 'Wie kan zien wat je invult?',
      label: { nl: 'Kop', en: 'Heading' },
      admin: {
        description: {
          nl: 'De tekst zelf komt uit „Site-instellingen” (Tekst over bewaren op dit apparaat), zodat de site overal hetzelfde zegt.',
          en: 'The text comes from Site settings, so the site says the same everywhere.',
        },
      },
    },
  ],
};
