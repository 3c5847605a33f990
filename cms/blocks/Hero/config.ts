import type { Block } from 'payload';
import { linkFields } from '../../fields/link';

/** Hero: heading, text, optional image (with alt text from Media) and a call to action. */
export const Hero: Block = {
  slug: 'hero',
  interfaceName: 'HeroBlock',
  labels: { singular: { nl: 'Opening', en: 'Hero' }, plural: { nl: 'Openingen', en: 'Heroes' } },
  fields: [
    { name: 'heading', type: 'text', required: true, maxLength: 120, label: { nl: 'Kop', en: 'Heading' } },
    { name: 'text', type: 'textarea', maxLength: 600, label: { nl: 'Tekst', en: 'Text' } },
    { name: 'image', type: 'upload', relationTo: 'media', label: { nl: 'Afbeelding (optioneel)', en: 'Image (optional)' } },
    ...linkFields(false),
  ],
};
