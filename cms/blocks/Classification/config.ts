import type { Block } from 'payload';
import { exerciseIntroFields } from '../../fields/exerciseIntro';
import { stableKeyField } from '../../fields/stableKey';

/** Exercise: a grid of rows x options, one option per row. */
export const Classification: Block = {
  slug: 'classification',
  interfaceName: 'ClassificationBlock',
  labels: { singular: { nl: 'Oefening: indelen', en: 'Exercise: classification' }, plural: { nl: 'Indelingen', en: 'Classifications' } },
  fields: [
    ...exerciseIntroFields,
    {
      name: 'rows',
      type: 'array',
      minRows: 1,
      maxRows: 12,
      required: true,
      label: { nl: 'Rijen', en: 'Rows' },
      labels: { singular: { nl: 'Rij', en: 'Row' }, plural: { nl: 'Rijen', en: 'Rows' } },
      fields: [stableKeyField('label'), { name: 'label', type: 'text', required: true, maxLength: 160, label: { nl: 'Tekst', en: 'Label' } }],
    },
    {
      name: 'options',
      type: 'array',
      minRows: 2,
      maxRows: 6,
      required: true,
      label: { nl: 'Keuzes per rij', en: 'Options per row' },
      labels: { singular: { nl: 'Keuze', en: 'Option' }, plural: { nl: 'Keuzes', en: 'Options' } },
      fields: [stableKeyField('label'), { name: 'label', type: 'text', required: true, maxLength: 80, label: { nl: 'Tekst', en: 'Label' } }],
    },
  ],
};
