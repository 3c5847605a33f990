'use client';
import { Link, NavGroup, useAuth } from '@payloadcms/ui';
import { usePathname } from 'next/navigation';
import { hasRole } from '../../access/roles';

/** Path of the statistics view under /admin. */
export const DASHBOARD_PATH = '/admin/statistieken';

/**
 * The "Statistieken" entry in the admin navigation, for analysts and administrators only
 * (the view checks the role again on the server).
 */
export function NavLink() {
  const { user } = useAuth();
  const pathname = usePathname();
  if (!hasRole(user, 'analyst')) return null;
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
