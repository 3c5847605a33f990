import type { Block } from 'payload';
import { exerciseIntroFields } from '../../fields/exerciseIntro';
import { planSectionField } from '../../fields/planSection';

/** Exercise: free-text reflection. */
export const Reflection: Block = {
  slug: 'reflection',
  interfaceName: 'ReflectionBlock',
  labels: { singular: { nl: 'Oefening: reflectie', en: 'Exercise: reflection' }, plural: { nl: 'Reflecties', en: 'Reflections' } },
  fields: [...exerciseIntroFields, planSectionField],
};
