import type { Block } from 'payload';
import { exerciseIntroFields } from '../../fields/exerciseIntro';
import { planSectionField } from '../../fields/planSection';
import { stableKeyField } from '../../fields/stableKey';

/**
 * Exercise: a table to fill in, shown as one small form per row (it reflows on a phone).
 * Rows are either fixed (a label per row, e.g. the goods of a good life) or empty lines the
 * visitor fills (e.g. a timeline). Columns marked "in my plan" feed the chosen plan section.
 */
export const FillInTable: Block = {
  slug: 'fillInTable',
  interfaceName: 'FillInTableBlock',
  labels: { singular: { nl: 'Oefening: tabel invullen', en: 'Exercise: fill-in table' }, plural: { nl: 'Tabellen invullen', en: 'Fill-in tables' } },
  fields: [
    ...exerciseIntroFields,
    {
      name: 'columns',
      type: 'array',
      minRows: 1,
      maxRows: 5,
      required: true,
      label: { nl: 'Kolommen (wat de bezoeker per regel invult)', en: 'Columns' },
      fields: [
        stableKeyField('label'),
        { name: 'label', type: 'text', required: true, maxLength: 120, label: { nl: 'Vraag of kop', en: 'Label' } },
        { name: 'multiline', type: 'checkbox', defaultValue: false, label: { nl: 'Groot tekstvak', en: 'Multi-line' } },
        {
          name: 'inPlan',
          type: 'checkbox',
          defaultValue: true,
          label: { nl: 'Neem op in „Mijn plan”', en: 'Include in the plan' },
          admin: { description: { nl: 'Alleen als hieronder een onderdeel van „Mijn plan” is gekozen.', en: 'Only when a plan section is chosen.' } },
        },
      ],
    },
    {
      name: 'rows',
      type: 'array',
      maxRows: 15,
      label: { nl: 'Vaste regels (optioneel)', en: 'Fixed rows (optional)' },
      admin: { description: { nl: 'Laat leeg voor lege regels die de bezoeker zelf invult.', en: 'Leave empty for blank rows.' } },
      fields: [stableKeyField('label'), { name: 'label', type: 'text', required: true, maxLength: 160, label: { nl: 'Tekst', en: 'Label' } }],
    },
    {
      name: 'rowName',
      type: 'text',
      maxLength: 40,
      defaultValue: 'Regel',
      label: { nl: 'Naam van een lege regel', en: 'Name of a blank row' },
      admin: {
        condition: (_, siblingData) => !siblingData?.rows?.length,
        description: { nl: 'Bijvoorbeeld Moment of Persoon: de bezoeker ziet dan „Moment 1”, „Moment 2”…', en: 'E.g. "Moment": rows show as "Moment 1", "Moment 2"…' },
      },
    },
    {
      name: 'emptyRows',
      type: 'number',
      min: 1,
      max: 10,
      defaultValue: 3,
      label: { nl: 'Aantal lege regels', en: 'Number of blank rows' },
      admin: { condition: (_, siblingData) => !siblingData?.rows?.length },
    },
    planSectionField,
  ],
};
