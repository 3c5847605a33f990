import type { CollectionConfig } from 'payload';
import { isEditor } from '../../access/isEditor';
import { isEditorOrAnalyst } from '../../access/isEditorOrAnalyst';
import { nobody } from '../../access/nobody';
import { invalidateCache } from '../../lib/cacheBus';
import { qrEndpoint } from './qrEndpoint';

export const SOURCE_CODE_PATTERN = /^[a-z0-9](?:[a-z0-9-]{0,30}[a-z0-9])?$/;
export const CHANNELS = ['banner', 'poster', 'social', 'display', 'other'] as const;

/**
 * Where a campaign visitor came from: one code per ad network, poster region or post. The code
 * is in printed QR codes, so it can never change, and a code is never deleted or reused.
 */
export const CampaignSources: CollectionConfig = {
  slug: 'campaign-sources',
  labels: { singular: { nl: 'Campagnebron', en: 'Campaign source' }, plural: { nl: 'Campagnebronnen', en: 'Campaign sources' } },
  admin: {
    useAsTitle: 'label',
    defaultColumns: ['code', 'label', 'channel', 'page'],
    group: { nl: 'Inhoud', en: 'Content' },
    description: {
      nl: 'Per advertentienetwerk, poster of regio een bron. Elke bron krijgt een korte link (/k/<code>) en een QR-code om te printen. Een code kan niet veranderen en wordt nooit opnieuw gebruikt.',
      en: 'One source per ad network, poster or region, each with a short link and a printable QR code.',
    },
  },
  access: {
    // Labels and channels say how campaigns are bought: editors and analysts only. The site resolves /k/<code>
    // on the server (cms/siteData), which returns nothing but the page's path.
    read: isEditorOrAnalyst,
    create: isEditor,
    update: isEditor,
    delete: nobody,
  },
  endpoints: [qrEndpoint],
  hooks: {
    afterChange: [
      ({ doc, req }) => {
        invalidateCache(['sources'], req.payload);
        return doc;
      },
    ],
  },
  fields: [
    {
      name: 'code',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      maxLength: 32,
      label: { nl: 'Code', en: 'Code' },
      access: { update: () => false },
      admin: {
        description: {
          nl: 'Kort en vast, bijvoorbeeld poster-utrecht of banner-netwerk-a. Kleine letters, cijfers en streepjes. Kan na het opslaan niet meer veranderen.',
          en: 'Short and permanent. Cannot change after saving.',
        },
      },
      validate: (value: unknown) =>
        typeof value === 'string' && SOURCE_CODE_PATTERN.test(value)
          ? true
          : 'Gebruik 1 tot 32 kleine letters, cijfers of streepjes (niet aan het begin of eind).',
    },
    { name: 'label', type: 'text', required: true, maxLength: 100, label: { nl: 'Omschrijving', en: 'Label' } },
    {
      name: 'channel',
      type: 'select',
      required: true,
      label: { nl: 'Kanaal', en: 'Channel' },
      options: [
        { value: 'banner', label: { nl: 'Banner (pornosite)', en: 'Banner' } },
        { value: 'poster', label: { nl: 'Poster (QR-code)', en: 'Poster' } },
        { value: 'social', label: { nl: 'Sociale media', en: 'Social' } },
        { value: 'display', label: { nl: 'Display-advertentie', en: 'Display' } },
        { value: 'other', label: { nl: 'Anders', en: 'Other' } },
      ],
    },
    {
      name: 'page',
      type: 'relationship',
      relationTo: 'pages',
      required: true,
      label: { nl: 'Campagnepagina', en: 'Landing page' },
    },
    {
      name: 'links',
      type: 'ui',
      admin: { components: { Field: '/components/SourceLinks#SourceLinks' } },
    },
  ],
};
