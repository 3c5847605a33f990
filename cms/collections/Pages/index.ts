import type { CollectionConfig } from 'payload';
import { editorialContent } from '../../access/editorialContent';
import { publishedInWindowOrEditor } from '../../access/publishedInWindowOrEditor';
import { pageBlocks } from '../../blocks';
import { previewUrl } from '../../lib/previewToken';
import { invalidatePage } from './hooks/invalidatePage';
import { rememberPreviousPath } from './hooks/rememberPreviousPath';
import { validatePagePath } from './validatePagePath';

/**
 * Block-built pages: the home page (path "/"), information pages and campaign landing pages.
 * Campaign parts (publish window, sources, target after the end) are optional.
 */
export const Pages: CollectionConfig = {
  slug: 'pages',
  labels: { singular: { nl: 'Pagina', en: 'Page' }, plural: { nl: "Pagina's en campagnes", en: 'Pages and campaigns' } },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'path', '_status', 'updatedAt'],
    group: { nl: 'Inhoud', en: 'Content' },
    description: {
      nl: "De startpagina (pad /), informatiepagina's en campagnepagina's. Een campagne kan een start- en einddatum en bronnen (voor QR-codes en advertentielinks) hebben.",
      en: 'Home page, information pages and campaign landing pages.',
    },
    preview: (doc) => (doc?.path && doc?.id ? previewUrl('pages', doc.id as string, doc.path as string) : null),
  },
  versions: { drafts: { autosave: { interval: 2000 }, schedulePublish: true }, maxPerDoc: 50 },
  // The public reads a page only inside its publish window, as the site shows it.
  access: { ...editorialContent, read: publishedInWindowOrEditor },
  hooks: {
    beforeChange: [rememberPreviousPath],
    afterChange: [invalidatePage],
    afterDelete: [invalidatePage],
  },
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: 120, label: { nl: 'Titel', en: 'Title' } },
    {
      name: 'path',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      maxLength: 100,
      label: { nl: 'Pad', en: 'Path' },
      admin: {
        position: 'sidebar',
        description: {
          nl: 'Het adres van de pagina, bijvoorbeeld /stop-kindermisbruik. Kleine letters, cijfers en streepjes. Wijzig je het later, dan stuurt het oude adres bezoekers door.',
          en: 'E.g. /stop-kindermisbruik. Lower case, digits and dashes. Old paths keep redirecting.',
        },
      },
      validate: validatePagePath,
    },
    {
      name: 'layout',
      type: 'blocks',
      required: true,
      minRows: 1,
      labels: { singular: { nl: 'Blok', en: 'Block' }, plural: { nl: 'Blokken', en: 'Blocks' } },
      label: { nl: 'Inhoud', en: 'Content' },
      // Closed blocks read like a table of contents (each header names its block); open one to edit it.
      admin: { initCollapsed: true },
      blocks: pageBlocks,
    },
    {
      name: 'seo',
      type: 'group',
      label: { nl: 'Zoekmachines en delen', en: 'SEO and sharing' },
      fields: [
        { name: 'title', type: 'text', maxLength: 70, label: { nl: 'Titel in zoekresultaten', en: 'SEO title' } },
        { name: 'description', type: 'textarea', maxLength: 200, label: { nl: 'Omschrijving', en: 'Description' } },
        { name: 'image', type: 'upload', relationTo: 'media', label: { nl: 'Afbeelding bij delen', en: 'Social image' } },
        {
          name: 'noindex',
          type: 'checkbox',
          defaultValue: false,
          label: { nl: 'Niet laten vinden door zoekmachines', en: 'Hide from search engines (noindex)' },
        },
      ],
    },
    {
      name: 'campaign',
      type: 'group',
      label: { nl: 'Campagne (optioneel)', en: 'Campaign (optional)' },
      admin: {
        description: {
          nl: 'Alleen voor campagnepagina\'s. Buiten de looptijd blijven links en QR-codes werken: bezoekers zien dan een pagina met hulp, of gaan naar de pagina die je hieronder kiest.',
          en: 'Campaign pages only. Outside the window, links and QR codes still lead somewhere helpful.',
        },
      },
      fields: [
        {
          type: 'row',
          // `timezone`: the time typed is Dutch time, whatever zone the editor's computer is set to.
          fields: [
            { name: 'startsAt', type: 'date', timezone: true, label: { nl: 'Zichtbaar vanaf', en: 'Visible from' }, admin: { date: { pickerAppearance: 'dayAndTime', displayFormat: 'd MMMM yyyy HH:mm' } } },
            { name: 'endsAt', type: 'date', timezone: true, label: { nl: 'Zichtbaar tot', en: 'Visible until' }, admin: { date: { pickerAppearance: 'dayAndTime', displayFormat: 'd MMMM yyyy HH:mm' } } },
          ],
        },
        {
          name: 'endedTarget',
          type: 'relationship',
          relationTo: 'pages',
          label: { nl: 'Na afloop doorsturen naar', en: 'After the end, redirect to' },
          admin: {
            description: {
              nl: 'Leeg laten: bezoekers zien "Deze campagne is afgelopen" met alle hulpmogelijkheden en de zelfhulp.',
              en: 'Empty: visitors see a "campaign has ended" page with all help options.',
            },
          },
        },
        {
          name: 'sources',
          type: 'join',
          collection: 'campaign-sources',
          on: 'page',
          label: { nl: 'Bronnen (advertenties, posters)', en: 'Sources' },
          admin: { description: { nl: 'Maak bronnen aan onder "Campagnebronnen". Elke bron heeft een eigen link en QR-code.', en: 'Create sources under Campaign sources.' } },
        },
      ],
    },
    {
      name: 'previousPaths',
      type: 'text',
      hasMany: true,
      label: { nl: 'Eerdere paden', en: 'Previous paths' },
      admin: {
        readOnly: true,
        position: 'sidebar',
        description: { nl: 'Deze oude adressen sturen automatisch door naar de pagina.', en: 'These old paths redirect here.' },
      },
    },
  ],
};
