import path from 'node:path';
import type { CollectionConfig } from 'payload';
import { anyone } from '../access/anyone';
import { isEditor } from '../access/isEditor';
import { mediaResponseHeaders } from '../lib/mediaResponseHeaders';
import { runtimeConfig } from '../lib/runtimeConfig';

/** Images for pages and modules. Alt text is required: every image needs a text alternative. */
export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: { nl: 'Afbeelding', en: 'Image' }, plural: { nl: 'Afbeeldingen', en: 'Images' } },
  admin: { group: { nl: 'Inhoud', en: 'Content' } },
  access: { read: anyone, create: isEditor, update: isEditor, delete: isEditor },
  upload: {
    staticDir: path.join(runtimeConfig().dataDir, 'media'),
    mimeTypes: ['image/png', 'image/jpeg', 'image/webp', 'image/svg+xml'],
    imageSizes: [{ name: 'card', width: 720 }],
    // Files are served with a no-script policy (an uploaded SVG can carry script).
    modifyResponseHeaders: ({ headers }) => mediaResponseHeaders(headers),
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      required: true,
      maxLength: 250,
      label: { nl: 'Alternatieve tekst', en: 'Alt text' },
      admin: {
        description: {
          nl: 'Beschrijf wat er op de afbeelding staat, voor mensen die hem niet kunnen zien.',
          en: 'Describe the image for people who cannot see it.',
        },
      },
    },
  ],
};
