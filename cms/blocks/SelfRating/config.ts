import type { Block } from 'payload';
import { stableKeyField } from '../../fields/stableKey';

/**
 * "Vertrekpunt": a starting-point self-rating. The site asks it at the start of the module and
 * again when the visitor finishes it, and shows before and after side by side.
 */
export const SelfRating: Block = {
  slug: 'selfRating',
  interfaceName: 'SelfRatingBlock',
  labels: { singular: { nl: 'Vertrekpunt', en: 'Starting point' }, plural: { nl: 'Vertrekpunten', en: 'Starting points' } },
  fields: [
    stableKeyField('intro'),
    {
      name: 'intro',
      type: 'textarea',
      required: true,
      maxLength: 600,
      label: { nl: 'Inleiding', en: 'Introduction' },
    },
    {
      name: 'scale',
      type: 'group',
      label: { nl: 'Schaal (1 tot 3)', en: 'Scale (1 to 3)' },
      admin: { description: { nl: 'De drie antwoorden, van laag naar hoog.', en: 'The three answers, low to high.' } },
      fields: [
        { name: 'low', type: 'text', required: true, defaultValue: 'weinig vertrouwen', maxLength: 40, label: '1' },
        { name: 'mid', type: 'text', required: true, defaultValue: 'enig vertrouwen', maxLength: 40, label: '2' },
        { name: 'high', type: 'text', required: true, defaultValue: 'veel vertrouwen', maxLength: 40, label: '3' },
      ],
    },
    {
      name: 'statements',
      type: 'array',
      minRows: 2,
      maxRows: 5,
      required: true,
      label: { nl: 'Uitspraken', en: 'Statements' },
      labels: { singular: { nl: 'Uitspraak', en: 'Statement' }, plural: { nl: 'Uitspraken', en: 'Statements' } },
      fields: [stableKeyField('text'), { name: 'text', type: 'text', required: true, maxLength: 240, label: { nl: 'Uitspraak', en: 'Statement' } }],
    },
  ],
};
