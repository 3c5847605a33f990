import type { Block } from 'payload';
import { exerciseIntroFields } from '../../fields/exerciseIntro';
import { planSectionField } from '../../fields/planSection';

/** Exercise: warning signs, each with "what I will do". */
export const WarningSigns: Block = {
  slug: 'warningSigns',
  interfaceName: 'WarningSignsBlock',
  labels: { singular: { nl: 'Oefening: waarschuwingssignalen', en: 'Exercise: warning signs' }, plural: { nl: 'Waarschuwingssignalen', en: 'Warning signs' } },
  fields: [...exerciseIntroFields, planSectionField],
};
