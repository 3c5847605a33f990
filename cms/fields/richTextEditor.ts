import { LinkFeature, lexicalEditor } from '@payloadcms/richtext-lexical';
import type { FieldAffectingData } from 'payload';
import { validateLink } from './link';

/**
 * The rich-text editor of every text in the CMS. Its links are checked like every other link
 * an editor sets (validateLink): a path on this site must lead to a page that exists. Links to
 * documents by reference are off: they would render as "#" on the site.
 */
export const richTextEditor = lexicalEditor({
  features: ({ defaultFeatures }) => [
    ...defaultFeatures.filter((feature) => feature.key !== 'link'),
    LinkFeature({
      enabledCollections: [],
      fields: ({ defaultFields }) =>
        defaultFields.map((field: FieldAffectingData) => (field.name === 'url' ? ({ ...field, validate: validateLink } as FieldAffectingData) : field)),
    }),
  ],
});
