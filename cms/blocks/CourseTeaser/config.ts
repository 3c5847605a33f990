import type { Block } from 'payload';

/** Points to the self-help course, optionally to chosen modules. */
export const CourseTeaser: Block = {
  slug: 'courseTeaser',
  interfaceName: 'CourseTeaserBlock',
  labels: { singular: { nl: 'Zelfhulp-teaser', en: 'Self-help teaser' }, plural: { nl: 'Zelfhulp-teasers', en: 'Self-help teasers' } },
  fields: [
    { name: 'heading', type: 'text', defaultValue: 'Zelfhulp: Stoppen is mogelijk', maxLength: 120, label: { nl: 'Kop', en: 'Heading' } },
    { name: 'text', type: 'textarea', maxLength: 600, label: { nl: 'Tekst', en: 'Text' } },
    {
      name: 'modules',
      type: 'relationship',
      relationTo: 'modules',
      hasMany: true,
      maxRows: 6,
      label: { nl: 'Uitgelichte modules (optioneel)', en: 'Featured modules (optional)' },
    },
  ],
};
