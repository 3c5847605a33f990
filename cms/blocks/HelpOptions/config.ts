import type { Block } from 'payload';

/** Help options from the Helpline global, with whether phone and chat are open now. */
export const HelpOptions: Block = {
  slug: 'helpOptions',
  interfaceName: 'HelpOptionsBlock',
  labels: { singular: { nl: 'Hulpmogelijkheden', en: 'Help options' }, plural: { nl: 'Hulpmogelijkheden', en: 'Help options' } },
  fields: [
    { name: 'heading', type: 'text', defaultValue: 'Praat met ons', maxLength: 120, label: { nl: 'Kop', en: 'Heading' } },
    {
      name: 'intro',
      type: 'textarea',
      maxLength: 600,
      label: { nl: 'Inleiding', en: 'Introduction' },
      admin: { description: { nl: 'Telefoon, chat en openingstijden komen uit "Hulplijn".', en: 'Phone, chat and hours come from the Helpline global.' } },
    },
  ],
};
