'use client';
import { usePathname } from 'next/navigation';

/**
 * The create-first-user screen: the role this account will get. The roles field is hidden
 * there, since the first account becomes administrator whatever would be chosen.
 */
export function FirstUserRole() {
  if (!usePathname()?.endsWith('/create-first-user')) return null;
  return (
    <div className="field-type sin-first-role">
      <p className="field-label">Rol</p>
      <p>
        <strong>Beheerder (alles)</strong>
      </p>
      <p className="field-description">
        Het eerste account is altijd beheerder: het kan alles, ook andere medewerkers toevoegen en hun rol kiezen. Na het aanmaken stel je eerst tweestapsverificatie in.
      </p>
    </div>
  );
}
