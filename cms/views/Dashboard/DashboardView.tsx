import { DefaultTemplate } from '@payloadcms/next/templates';
import { Gutter } from '@payloadcms/ui';
import type { AdminViewServerProps } from 'payload';
import { hasRole } from '../../access/roles';
import { dayInAmsterdam } from '../../analytics/dayInAmsterdam';
import { DashboardClient } from './DashboardClient';
import './dashboard.css';

/**
 * /admin/statistieken: aggregate visit figures and the annual overview. The role is checked
 * here on the server (custom views are public by default) and again by the data endpoints.
 */
export function DashboardView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, permissions, visibleEntities, locale } = initPageResult;
  const allowed = hasRole(req.user, 'analyst');
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      searchParams={searchParams}
      user={req.user ?? undefined}
      visibleEntities={visibleEntities}
    >
      <Gutter>
        <h1 className="sin-dash__title">Statistieken</h1>
        {allowed ? (
          <DashboardClient today={dayInAmsterdam(new Date())} />
        ) : (
          <p role="alert">
            {req.user
              ? 'Je hebt geen toegang tot de statistieken. Vraag een beheerder om de rol Analist.'
              : 'Log in om de statistieken te bekijken.'}
          </p>
        )}
      </Gutter>
    </DefaultTemplate>
  );
}
