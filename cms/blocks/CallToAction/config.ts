import type { Block } from 'payload';
import { linkFields } from '../../fields/link';

/** A highlighted call to action with one button. */
export const CallToAction: Block = {
  slug: 'callToAction',
  interfaceName: 'CallToActionBlock',
  labels: { singular: { nl: 'Oproep', en: 'Call to action' }, plural: { nl: 'Oproepen', en: 'Calls to action' } },
  fields: [
    { name: 'heading', type: 'text', required: true, maxLength: 120, label: { nl: 'Kop', en: 'Heading' } },
    { name: 'text', type: 'textarea', maxLength: 600, label: { nl: 'Tekst', en: 'Text' } },
    ...linkFields(true),
  ],
};
