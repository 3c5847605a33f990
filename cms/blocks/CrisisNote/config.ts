import type { Block } from 'payload';

/**
 * "Wordt het je te veel?": the crisis lines inside a module, where a heavy topic is raised.
 * The numbers come from the globals "Direct hulp (crisis)" and "Hulplijn", never from here.
 */
export const CrisisNote: Block = {
  slug: 'crisisNote',
  interfaceName: 'CrisisNoteBlock',
  labels: { singular: { nl: 'Direct hulp (crisisnummers)', en: 'Crisis note' }, plural: { nl: 'Direct hulp (crisisnummers)', en: 'Crisis notes' } },
  fields: [
    {
      name: 'intro',
      type: 'textarea',
      maxLength: 400,
      defaultValue: 'Deze module kan veel bij je losmaken. Wordt het je te veel? Stop dan even en neem contact op met iemand.',
      label: { nl: 'Korte inleiding', en: 'Short introduction' },
      admin: {
        description: {
          nl: 'De nummers (113, 112, de hulplijn) en de tekst voor wie bang is nu iets te doen, komen automatisch uit „Direct hulp (crisis)” en „Hulplijn”. Typ hier geen telefoonnummers.',
          en: 'Numbers come from the Crisis help and Helpline globals. Do not type phone numbers here.',
        },
      },
    },
  ],
};
