import type { Block } from 'payload';

/** "Doelen": what the visitor will gain from the module. */
export const Goals: Block = {
  slug: 'goals',
  interfaceName: 'GoalsBlock',
  labels: { singular: { nl: 'Doelen', en: 'Goals' }, plural: { nl: 'Doelen', en: 'Goals' } },
  // The heading is nearly always "Doelen"; the first goal says more.
  custom: { titleFields: ['items.0.text'] },
  fields: [
    { name: 'heading', type: 'text', defaultValue: 'Doelen', maxLength: 80, label: { nl: 'Kop', en: 'Heading' } },
    {
      name: 'items',
      type: 'array',
      minRows: 1,
      maxRows: 8,
      required: true,
      label: { nl: 'Doelen', en: 'Goals' },
      labels: { singular: { nl: 'Doel', en: 'Goal' }, plural: { nl: 'Doelen', en: 'Goals' } },
      fields: [{ name: 'text', type: 'text', required: true, maxLength: 200, label: { nl: 'Doel', en: 'Goal' } }],
    },
  ],
};
