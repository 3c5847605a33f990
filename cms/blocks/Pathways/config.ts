import type { Block } from 'payload';
import { linkFields } from '../../fields/link';

/** Ways in, side by side (the home page: "worried about yourself" / "about someone close"). */
export const Pathways: Block = {
  slug: 'pathways',
  interfaceName: 'PathwaysBlock',
  labels: { singular: { nl: 'Wegwijzers', en: 'Pathways' }, plural: { nl: 'Wegwijzers', en: 'Pathways' } },
  fields: [
    { name: 'heading', type: 'text', maxLength: 120, label: { nl: 'Kop (optioneel)', en: 'Heading (optional)' } },
    {
      name: 'items',
      type: 'array',
      minRows: 1,
      maxRows: 4,
      required: true,
      label: { nl: 'Wegwijzers', en: 'Pathways' },
      labels: { singular: { nl: 'Wegwijzer', en: 'Pathway' }, plural: { nl: 'Wegwijzers', en: 'Pathways' } },
      fields: [
        { name: 'heading', type: 'text', required: true, maxLength: 120, label: { nl: 'Kop', en: 'Heading' } },
        { name: 'text', type: 'textarea', required: true, maxLength: 600, label: { nl: 'Tekst', en: 'Text' } },
        ...linkFields(true),
      ],
    },
  ],
};
