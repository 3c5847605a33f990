import type { TextareaField } from 'payload';
import { isStaffField } from '../access/isStaffField';

/**
 * "Voorbeeldtekst: vervangen": a note for staff on a block whose text rests on facts the
 * helpline still has to fill in (a waiting time, a clinic, a procedure). Readable by staff only,
 * so the public site never receives it, not even in a page's data.
 */
export const editorNoteField: TextareaField = {
  name: 'editorNote',
  type: 'textarea',
  maxLength: 1000,
  label: { nl: 'Let op voor de redactie (niet zichtbaar op de site)', en: 'Note for editors (never shown on the site)' },
  access: { read: isStaffField },
  admin: {
    description: {
      nl: 'Staat hier iets? Dan is (een deel van) deze tekst een voorbeeld dat de hulplijn nog moet controleren of vervangen. Bezoekers zien deze notitie nooit.',
      en: 'When filled, (part of) this text is an example the helpline still has to check or replace. Visitors never see this note.',
    },
  },
};
