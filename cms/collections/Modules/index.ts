import type { CollectionConfig } from 'payload';
import { editorialContent } from '../../access/editorialContent';
import { moduleBlocks } from '../../blocks';
import { previewUrl } from '../../lib/previewToken';
import { invalidateModulePages } from './hooks/invalidateModulePages';
import { validateUniqueKeys } from './hooks/validateUniqueKeys';

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** The 17 modules of the self-help course "Stoppen is mogelijk". */
export const Modules: CollectionConfig = {
  slug: 'modules',
  labels: { singular: { nl: 'Module', en: 'Module' }, plural: { nl: 'Zelfhulpmodules', en: 'Course modules' } },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['number', 'title', 'slug', '_status'],
    group: { nl: 'Inhoud', en: 'Content' },
    description: {
      nl: 'De modules van „Stoppen is mogelijk”. Bezoekers bewaren hun antwoorden alleen in hun eigen browser. Wat je hier wijzigt, zien zij zodra je het publiceert.',
      en: 'Modules of the self-help course. Answers are stored only in visitors’ browsers, under each exercise’s stable key.',
    },
    preview: (doc) => (doc?.slug && doc?.id ? previewUrl('modules', doc.id as string, `/zelfhulp/${doc.slug}`) : null),
  },
  defaultSort: 'number',
  versions: { drafts: { autosave: { interval: 2000 } }, maxPerDoc: 50 },
  access: editorialContent,
  hooks: {
    beforeValidate: [validateUniqueKeys],
    afterChange: [invalidateModulePages],
    afterDelete: [invalidateModulePages],
  },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'number',
          type: 'number',
          required: true,
          unique: true,
          min: 1,
          max: 99,
          label: { nl: 'Nummer', en: 'Number' },
          admin: { width: '20%', description: { nl: 'Volgorde in de cursus (1–17).', en: 'Order in the course.' } },
        },
        { name: 'title', type: 'text', required: true, maxLength: 120, label: { nl: 'Titel', en: 'Title' } },
      ],
    },
    {
      name: 'slug',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      maxLength: 60,
      label: { nl: 'Adres (slug)', en: 'Slug' },
      admin: {
        position: 'sidebar',
        description: {
          nl: 'Het adres: /zelfhulp/<slug>. Niet meer wijzigen na publicatie: bezoekers bewaren hun voortgang onder dit adres.',
          en: 'The URL /zelfhulp/<slug>. Do not change after publishing.',
        },
      },
      validate: (value: unknown) =>
        typeof value === 'string' && SLUG.test(value) ? true : 'Alleen kleine letters, cijfers en streepjes.',
    },
    { name: 'summary', type: 'textarea', required: true, maxLength: 400, label: { nl: 'Korte samenvatting', en: 'Short summary' } },
    {
      name: 'estimatedMinutes',
      type: 'number',
      required: true,
      min: 5,
      max: 240,
      defaultValue: 30,
      label: { nl: 'Geschatte tijd (minuten)', en: 'Estimated minutes' },
      admin: { position: 'sidebar' },
    },
    {
      name: 'layout',
      type: 'blocks',
      required: true,
      minRows: 1,
      labels: { singular: { nl: 'Blok', en: 'Block' }, plural: { nl: 'Blokken', en: 'Blocks' } },
      label: { nl: 'Inhoud van de module', en: 'Module content' },
      admin: {
        // Closed blocks read like a table of contents (each header names its block); open one to edit it.
        initCollapsed: true,
        description: {
          nl: 'Vaste volgorde: Doelen, Vertrekpunt, Uitleg, Oefeningen, Contact-oproep. Het Vertrekpunt wordt aan het eind automatisch opnieuw gevraagd.',
          en: 'Goals, starting point, explanation, exercises, contact prompt. The starting point is asked again at the end automatically.',
        },
      },
      blocks: moduleBlocks,
    },
  ],
};
