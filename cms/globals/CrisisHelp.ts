import type { GlobalConfig } from 'payload';
import { anyone } from '../access/anyone';
import { isEditor } from '../access/isEditor';
import { invalidateGlobalPages } from './hooks/invalidateGlobalPages';

/**
 * "Direct hulp nodig?": the crisis lines every public page shows (113, 112, the helpline),
 * and the message for someone who fears acting on feelings towards a child right now.
 * The helpline's own number comes from the Helpline global, never from here.
 */
export const CrisisHelp: GlobalConfig = {
  slug: 'crisis-help',
  label: { nl: 'Direct hulp (crisis)', en: 'Crisis help' },
  admin: {
    group: { nl: 'Instellingen', en: 'Settings' },
    description: {
      nl: 'Staat op elke pagina van de site. Houd het kort en rustig. Het nummer van de hulplijn zelf komt uit "Hulplijn".',
      en: 'Shown on every public page. The helpline number comes from the Helpline global.',
    },
  },
  access: { read: anyone, update: isEditor },
  hooks: { afterChange: [invalidateGlobalPages] },
  fields: [
    { name: 'heading', type: 'text', required: true, maxLength: 80, defaultValue: 'Direct hulp nodig?', label: { nl: 'Kop', en: 'Heading' } },
    { name: 'intro', type: 'textarea', maxLength: 400, label: { nl: 'Korte uitleg', en: 'Intro' } },
    {
      name: 'lines',
      type: 'array',
      required: true,
      minRows: 1,
      maxRows: 6,
      label: { nl: 'Nummers', en: 'Lines' },
      admin: { description: { nl: 'Het eerste nummer staat ook bij de hulpmogelijkheden als telefoon en chat gesloten zijn.', en: 'The first line is also shown when phone and chat are closed.' } },
      labels: { singular: { nl: 'Nummer', en: 'Line' }, plural: { nl: 'Nummers', en: 'Lines' } },
      fields: [
        { name: 'label', type: 'text', required: true, maxLength: 80, label: { nl: 'Naam', en: 'Name' } },
        { name: 'number', type: 'text', required: true, maxLength: 30, label: { nl: 'Nummer (zoals getoond)', en: 'Number (as shown)' } },
        {
          name: 'href',
          type: 'text',
          required: true,
          maxLength: 40,
          label: { nl: 'Link om te bellen', en: 'Call link' },
          admin: { description: { nl: 'Bijvoorbeeld tel:08000113', en: 'E.g. tel:08000113' } },
          validate: (value: unknown) => (typeof value === 'string' && /^tel:\+?[0-9]{2,15}$/.test(value) ? true : 'Schrijf de link als tel: met alleen cijfers, bijvoorbeeld tel:08000113.'),
        },
        { name: 'when', type: 'text', required: true, maxLength: 160, label: { nl: 'Wanneer bellen', en: 'When to call' } },
        {
          name: 'website',
          type: 'text',
          maxLength: 200,
          label: { nl: 'Website (optioneel)', en: 'Website (optional)' },
          admin: { description: { nl: 'Een volledig https-adres. Staat als gewone link achter de tekst bij "Wanneer bellen".', en: 'A full https address, shown after the text.' } },
          validate: (value: unknown) =>
            value == null || value === '' || (typeof value === 'string' && /^https:\/\/[^\s/]+\.[^\s]+$/.test(value)) ? true : 'Gebruik een volledig https-adres, bijvoorbeeld https://www.113.nl/.',
        },
      ],
    },
    {
      name: 'childSafetyHeading',
      type: 'text',
      required: true,
      maxLength: 120,
      defaultValue: 'Ben je bang dat je nu iets doet met een kind?',
      label: { nl: 'Kop: bang om nu iets te doen', en: 'Heading: fear of acting now' },
    },
    {
      name: 'childSafetyText',
      type: 'textarea',
      required: true,
      maxLength: 800,
      label: { nl: 'Tekst: bang om nu iets te doen', en: 'Text: fear of acting now' },
      admin: {
        description: {
          nl: 'Wat iemand nu meteen kan doen, en wie te bellen. Verschijnt bij de hulpmogelijkheden op elke pagina en in het crisisblok in de zelfhulp. Rustig en kort houden.',
          en: 'What to do right now. Shown with the help options on every page and in the course.',
        },
      },
    },
  ],
};
