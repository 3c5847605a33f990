import type { Block } from 'payload';
import { exerciseIntroFields } from '../../fields/exerciseIntro';
import { planSectionField } from '../../fields/planSection';
import { stableKeyField } from '../../fields/stableKey';

/** Exercise: "vink aan wat bij jou past". */
export const Checklist: Block = {
  slug: 'checklist',
  interfaceName: 'ChecklistBlock',
  labels: { singular: { nl: 'Oefening: checklist', en: 'Exercise: checklist' }, plural: { nl: 'Checklists', en: 'Checklists' } },
  fields: [
    ...exerciseIntroFields,
    {
      name: 'items',
      type: 'array',
      minRows: 2,
      maxRows: 30,
      required: true,
      label: { nl: 'Keuzes', en: 'Items' },
      labels: { singular: { nl: 'Keuze', en: 'Item' }, plural: { nl: 'Keuzes', en: 'Items' } },
      fields: [stableKeyField('label'), { name: 'label', type: 'text', required: true, maxLength: 200, label: { nl: 'Tekst', en: 'Label' } }],
    },
    {
      name: 'allowOther',
      type: 'checkbox',
      defaultValue: true,
      label: { nl: 'Eigen aanvulling toestaan', en: 'Allow an own addition' },
    },
    planSectionField,
  ],
};
