'use client';
import { useDocumentInfo } from '@payloadcms/ui';

/** Admin: download this group's registrations as CSV (coordinators and administrators only). */
export function GroupExportLink() {
  const { id } = useDocumentInfo();
  if (!id) return null;
  return (
    <div className="field-type" style={{ marginBottom: '1.5rem' }}>
      <a className="btn btn--style-secondary btn--size-small" href={`/api/registrations/export?group=${encodeURIComponent(String(id))}`} download>
        Aanmeldingen van deze groep downloaden (CSV)
      </a>
      <p className="field-description">Het bestand bevat persoonsgegevens. Bewaar het niet langer dan nodig en deel het niet.</p>
    </div>
  );
}
