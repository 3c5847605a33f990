import type { Block } from 'payload';
import { exerciseIntroFields } from '../../fields/exerciseIntro';
import { stableKeyField } from '../../fields/stableKey';

/**
 * Exercise: a short self-test. The visitor answers every statement; their browser adds up the
 * points and shows the text of the highest band reached, always with the disclaimer (a
 * self-test is never a diagnosis). Nothing is sent.
 */
export const SelfTest: Block = {
  slug: 'selfTest',
  interfaceName: 'SelfTestBlock',
  labels: { singular: { nl: 'Oefening: zelftest', en: 'Exercise: self-test' }, plural: { nl: 'Zelftesten', en: 'Self-tests' } },
  fields: [
    ...exerciseIntroFields,
    {
      name: 'statements',
      type: 'array',
      minRows: 3,
      maxRows: 20,
      required: true,
      label: { nl: 'Uitspraken', en: 'Statements' },
      fields: [stableKeyField('text'), { name: 'text', type: 'text', required: true, maxLength: 240, label: { nl: 'Uitspraak', en: 'Statement' } }],
    },
    {
      name: 'options',
      type: 'array',
      minRows: 2,
      maxRows: 5,
      required: true,
      label: { nl: 'Antwoorden (voor elke uitspraak dezelfde)', en: 'Answers' },
      fields: [
        stableKeyField('label'),
        { name: 'label', type: 'text', required: true, maxLength: 60, label: { nl: 'Antwoord', en: 'Label' } },
        { name: 'points', type: 'number', required: true, min: 0, max: 10, label: { nl: 'Punten', en: 'Points' } },
      ],
    },
    {
      name: 'results',
      type: 'array',
      minRows: 1,
      maxRows: 5,
      required: true,
      label: { nl: 'Uitkomsten', en: 'Results' },
      admin: {
        description: {
          nl: 'De bezoeker ziet de uitkomst met de hoogste „vanaf”-score die hij haalt. Zorg voor een uitkomst vanaf 0. Schrijf eerlijk en zonder diagnose.',
          en: 'The band with the highest threshold reached is shown. Include one from 0.',
        },
      },
      validate: (value: unknown) =>
        Array.isArray(value) && value.some((band) => (band as { fromScore?: number })?.fromScore === 0)
          ? true
          : 'Voeg een uitkomst toe die vanaf 0 punten geldt.',
      fields: [
        { name: 'fromScore', type: 'number', required: true, min: 0, max: 200, label: { nl: 'Vanaf (punten)', en: 'From score' } },
        { name: 'text', type: 'textarea', required: true, maxLength: 800, label: { nl: 'Tekst', en: 'Text' } },
      ],
    },
    {
      name: 'disclaimer',
      type: 'textarea',
      required: true,
      maxLength: 600,
      defaultValue: 'Deze test stelt geen diagnose. Hij helpt je alleen om eerlijk naar je eigen gedrag te kijken. Wat er bij jou speelt, kun je het beste bespreken met een hulpverlener.',
      label: { nl: 'Altijd tonen bij de uitkomst', en: 'Always shown with the result' },
    },
  ],
};
