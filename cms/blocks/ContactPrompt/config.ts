import type { Block } from 'payload';

/** "Vragen of zorgen? Neem contact op": shows the help options with open-now status. */
export const ContactPrompt: Block = {
  slug: 'contactPrompt',
  interfaceName: 'ContactPromptBlock',
  labels: { singular: { nl: 'Contact-oproep', en: 'Contact prompt' }, plural: { nl: 'Contact-oproepen', en: 'Contact prompts' } },
  fields: [
    {
      name: 'text',
      type: 'textarea',
      required: true,
      maxLength: 400,
      defaultValue: 'Heb je vragen over deze oefening, of maak je je zorgen? Neem anoniem contact op met Stop it Now!',
      label: { nl: 'Tekst', en: 'Text' },
      admin: { description: { nl: 'Telefoon, chat en openingstijden komen automatisch uit "Hulplijn".', en: 'Phone, chat and hours come from the Helpline global.' } },
    },
  ],
};
