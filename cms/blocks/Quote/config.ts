import type { Block } from 'payload';

/** A short anonymous quote, e.g. from someone who stopped. */
export const Quote: Block = {
  slug: 'quote',
  interfaceName: 'QuoteBlock',
  labels: { singular: { nl: 'Citaat', en: 'Quote' }, plural: { nl: 'Citaten', en: 'Quotes' } },
  fields: [
    { name: 'text', type: 'textarea', required: true, maxLength: 600, label: { nl: 'Citaat', en: 'Quote' } },
    {
      name: 'attribution',
      type: 'text',
      maxLength: 80,
      defaultValue: 'Iemand die gestopt is',
      label: { nl: 'Van wie (anoniem)', en: 'Attribution (anonymous)' },
      admin: { description: { nl: 'Nooit een echte naam.', en: 'Never a real name.' } },
    },
  ],
};
