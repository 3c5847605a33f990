import type { Block } from 'payload';
import { editorNoteField } from '../../fields/editorNote';

/** "Uitleg": rich text (headings, lists, links, images with alt text). */
export const Content: Block = {
  slug: 'content',
  interfaceName: 'ContentBlock',
  labels: { singular: { nl: 'Tekst', en: 'Text' }, plural: { nl: 'Teksten', en: 'Texts' } },
  fields: [
    { name: 'heading', type: 'text', maxLength: 120, label: { nl: 'Kop (optioneel)', en: 'Heading (optional)' } },
    { name: 'body', type: 'richText', required: true, label: { nl: 'Tekst', en: 'Text' } },
    editorNoteField,
  ],
};
