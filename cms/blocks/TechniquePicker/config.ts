import type { Block } from 'payload';
import { exerciseIntroFields } from '../../fields/exerciseIntro';
import { planSectionField } from '../../fields/planSection';
import { stableKeyField } from '../../fields/stableKey';

/** Exercise: choose the techniques you want to use. */
export const TechniquePicker: Block = {
  slug: 'techniquePicker',
  interfaceName: 'TechniquePickerBlock',
  labels: { singular: { nl: 'Oefening: technieken kiezen', en: 'Exercise: technique picker' }, plural: { nl: 'Techniekkeuzes', en: 'Technique pickers' } },
  fields: [
    ...exerciseIntroFields,
    {
      name: 'techniques',
      type: 'array',
      minRows: 2,
      maxRows: 15,
      required: true,
      label: { nl: 'Technieken', en: 'Techniques' },
      labels: { singular: { nl: 'Techniek', en: 'Technique' }, plural: { nl: 'Technieken', en: 'Techniques' } },
      fields: [
        stableKeyField('name'),
        { name: 'name', type: 'text', required: true, maxLength: 80, label: { nl: 'Naam', en: 'Name' } },
        { name: 'description', type: 'textarea', required: true, maxLength: 500, label: { nl: 'Uitleg', en: 'Description' } },
      ],
    },
    planSectionField,
  ],
};
