import type { Block } from 'payload';
import { isStaffField } from '../../access/isStaffField';

export const QUOTE_PROVENANCES = ['illustrative', 'consented'] as const;
export type QuoteProvenance = (typeof QUOTE_PROVENANCES)[number];

/**
 * A short quote. Every quote says where it comes from: a real person who agreed to have it
 * used (shown with an anonymous attribution), or an example the editors wrote (shown as
 * "Zo zou iemand het kunnen zeggen", never as someone's words).
 */
export const Quote: Block = {
  slug: 'quote',
  interfaceName: 'QuoteBlock',
  labels: { singular: { nl: 'Citaat', en: 'Quote' }, plural: { nl: 'Citaten', en: 'Quotes' } },
  fields: [
    { name: 'text', type: 'textarea', required: true, maxLength: 600, label: { nl: 'Citaat', en: 'Quote' } },
    {
      name: 'provenance',
      type: 'radio',
      required: true,
      defaultValue: 'illustrative',
      label: { nl: 'Waar komt dit citaat vandaan?', en: 'Where does this quote come from?' },
      options: [
        { value: 'illustrative', label: { nl: 'Voorbeeld, geschreven door de redactie', en: 'Example written by the editors' } },
        { value: 'consented', label: { nl: 'Echte uitspraak, met toestemming', en: 'Real words, used with consent' } },
      ],
      admin: {
        description: {
          nl: 'Een voorbeeld verschijnt op de site als „Zo zou iemand het kunnen zeggen”. Kies „echt” alleen als de persoon toestemming gaf en dat is vastgelegd.',
          en: 'Examples are shown as "Zo zou iemand het kunnen zeggen". Choose "real" only with recorded consent.',
        },
      },
    },
    {
      name: 'attribution',
      type: 'text',
      maxLength: 80,
      label: { nl: 'Van wie (anoniem)', en: 'Attribution (anonymous)' },
      admin: {
        condition: (_, siblingData) => siblingData?.provenance === 'consented',
        description: { nl: 'Bijvoorbeeld „Iemand die gestopt is”. Nooit een echte naam.', en: 'E.g. someone who stopped. Never a real name.' },
      },
    },
    {
      name: 'consentRecord',
      type: 'text',
      maxLength: 200,
      label: { nl: 'Waar is de toestemming vastgelegd?', en: 'Where is the consent recorded?' },
      access: { read: isStaffField },
      admin: {
        condition: (_, siblingData) => siblingData?.provenance === 'consented',
        description: {
          nl: 'Bijvoorbeeld: „toestemming per e-mail, maart 2027, in het dossier van team X”. Geen namen. Alleen zichtbaar voor medewerkers.',
          en: 'E.g. where and when consent was given. No names. Staff only.',
        },
      },
      validate: (value: unknown, { siblingData }: { siblingData?: { provenance?: string } }) =>
        siblingData?.provenance !== 'consented' || (typeof value === 'string' && value.trim().length >= 5)
          ? true
          : 'Schrijf op waar de toestemming is vastgelegd. Zonder toestemming is het een voorbeeld.',
    },
  ],
};
