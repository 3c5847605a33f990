import type { Block } from 'payload';

/** Questions and answers as an accessible disclosure list, with FAQPage structured data. */
export const Faq: Block = {
  slug: 'faq',
  interfaceName: 'FaqBlock',
  labels: { singular: { nl: 'Veelgestelde vragen', en: 'FAQ' }, plural: { nl: 'Veelgestelde vragen', en: 'FAQs' } },
  fields: [
    { name: 'heading', type: 'text', defaultValue: 'Veelgestelde vragen', maxLength: 120, label: { nl: 'Kop', en: 'Heading' } },
    {
      name: 'items',
      type: 'array',
      minRows: 1,
      maxRows: 30,
      required: true,
      label: { nl: 'Vragen', en: 'Questions' },
      labels: { singular: { nl: 'Vraag', en: 'Question' }, plural: { nl: 'Vragen', en: 'Questions' } },
      fields: [
        { name: 'question', type: 'text', required: true, maxLength: 200, label: { nl: 'Vraag', en: 'Question' } },
        { name: 'answer', type: 'textarea', required: true, maxLength: 2000, label: { nl: 'Antwoord', en: 'Answer' } },
      ],
    },
  ],
};
