import type { Block } from 'payload';
import { exerciseIntroFields } from '../../fields/exerciseIntro';

/** Exercise: urge diary (situation, urge before 1-10, technique used, urge after 1-10). */
export const UrgeDiary: Block = {
  slug: 'urgeDiary',
  interfaceName: 'UrgeDiaryBlock',
  labels: { singular: { nl: 'Oefening: drangdagboek', en: 'Exercise: urge diary' }, plural: { nl: 'Drangdagboeken', en: 'Urge diaries' } },
  fields: [
    ...exerciseIntroFields,
    {
      name: 'rows',
      type: 'number',
      min: 1,
      max: 14,
      defaultValue: 5,
      required: true,
      label: { nl: 'Aantal regels', en: 'Number of rows' },
    },
  ],
};
