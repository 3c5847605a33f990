import type { Field } from 'payload';
import { stableKeyField } from './stableKey';

/** The fields every exercise starts with: a stable key, a short title and the instruction. */
export const exerciseIntroFields: Field[] = [
  stableKeyField('title'),
  { name: 'title', type: 'text', required: true, maxLength: 120, label: { nl: 'Titel', en: 'Title' } },
  {
    name: 'prompt',
    type: 'textarea',
    required: true,
    maxLength: 1000,
    label: { nl: 'Opdracht', en: 'Instruction' },
    admin: { description: { nl: 'Leg in één tot drie zinnen uit wat de bezoeker doet.', en: 'One to three sentences.' } },
  },
];
