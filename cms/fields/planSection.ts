import type { SelectField } from 'payload';

/** The parts of a visitor's plan, in the order the plan shows them. */
export const PLAN_SECTIONS = ['triggers', 'warningSigns', 'riskySituations', 'techniques', 'people', 'goals', 'slipPlan'] as const;
export type PlanSection = (typeof PLAN_SECTIONS)[number];

export const PLAN_SECTION_LABELS: Record<PlanSection, string> = {
  triggers: 'Mijn triggers',
  warningSigns: 'Mijn waarschuwingssignalen en wat ik dan doe',
  riskySituations: 'Mijn risicosituaties en wat ik dan doe',
  techniques: 'Wat ik doe als de drang opkomt',
  people: 'Mensen die ik kan bellen of spreken',
  goals: 'Mijn doelen',
  slipPlan: 'Als het toch misgaat',
};

/** Which section of the visitor's personal plan ("Mijn plan") this exercise's answers feed. */
export const planSectionField: SelectField = {
  name: 'planSection',
  type: 'select',
  label: { nl: 'Onderdeel van „Mijn plan”', en: 'Section of "My plan"' },
  admin: {
    description: {
      nl: 'Kies een onderdeel als de antwoorden in het persoonlijke plan van de bezoeker moeten verschijnen. Dat plan wordt alleen in de browser van de bezoeker gemaakt.',
      en: "Choose a section if the answers should appear in the visitor's personal plan (built only in the visitor's browser).",
    },
  },
  options: PLAN_SECTIONS.map((value) => ({ value, label: PLAN_SECTION_LABELS[value] })),
};
