import type { Block } from 'payload';
import { exerciseIntroFields } from '../../fields/exerciseIntro';
import { planSectionField } from '../../fields/planSection';

/** Exercise: approach goals ("wat wil ik bereiken") and avoidance goals ("wat wil ik vermijden"). */
export const GoalSetting: Block = {
  slug: 'goalSetting',
  interfaceName: 'GoalSettingBlock',
  labels: { singular: { nl: 'Oefening: doelen stellen', en: 'Exercise: goal setting' }, plural: { nl: 'Doelen stellen', en: 'Goal setting' } },
  fields: [...exerciseIntroFields, planSectionField],
};
