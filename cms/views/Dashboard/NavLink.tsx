'use client';
import { Link, NavGroup, useAuth } from '@payloadcms/ui';
import { usePathname } from 'next/navigation';

/** Path of the statistics view under /admin. */
export const DASHBOARD_PATH = '/admin/statistieken';

/**
 * The "Statistieken" entry in the admin navigation, for analysts and administrators only
 * (the view checks the role again on the server).
 */
export function NavLink() {
  const { user } = useAuth();
  const pathname = usePathname();
  // Roles only: the browser's copy of the user has no second-factor state (hasRole would read
  // every administrator as still pending). The view itself checks access on the server.
  const roles = (user as { roles?: readonly string[] } | null)?.roles ?? [];
  if (!roles.includes('admin') && !roles.includes('analyst')) return null;
  const active = pathname === DASHBOARD_PATH;
  const label = (
    <>
      {active && <div className="nav__link-indicator" />}
      <span className="nav__link-label">Bezoekcijfers en jaaroverzicht</span>
    </>
  );
  return (
    <NavGroup label="Statistieken">
      {active ? (
        <div className="nav__link" aria-current="page">
          {label}
        </div>
      ) : (
        <Link className="nav__link" href={DASHBOARD_PATH} prefetch={false}>
          {label}
        </Link>
      )}
    </NavGroup>
  );
}
