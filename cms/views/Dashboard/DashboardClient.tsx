'use client';
import { useState } from 'react';
import type { DashboardData } from '../../analytics/queries/getDashboard';
import { formatDay } from '../../analytics/report/formatNl';
import { AnnualOverviewSection } from './AnnualOverviewSection';
import { CampaignTable } from './CampaignTable';
import { ContactSection } from './ContactSection';
import { ModulesChart } from './ModulesChart';
import { RangePicker } from './RangePicker';
import { ReferrerTable } from './ReferrerTable';
import { Tiles } from './Tiles';
import { presetRange } from './rangePresets';
import { useJson } from './useJson';
import { VisitsPerDayChart } from './VisitsPerDayChart';
import { VisitsPerMonthChart } from './VisitsPerMonthChart';

const API = '/api/analytics-counters/dashboard';

/** The interactive part of /admin/statistieken. `today` is the server's Amsterdam day. */
export function DashboardClient({ today }: { today: string }) {
  const [range, setRange] = useState(() => presetRange('last30', today));
  const query = `from=${range.from}&to=${range.to}`;
  const loaded = useJson<DashboardData>(`${API}?${query}`);

  return (
    <div className="sin-dash">
      <p className="sin-dash__intro">
        Geteld zonder cookies of IP-adressen: alleen totalen per dag. Unieke bezoekers zijn per dag geteld en opgeteld.
      </p>
      <RangePicker today={today} value={range} onChange={setRange} />
      <p className="sin-dash__range-label" aria-live="polite">
        {formatDay(range.from)} tot en met {formatDay(range.to)}
        {' · '}
        <a href={`${API}?${query}&format=csv`} download>
          Download CSV van deze periode
        </a>
      </p>
      {loaded.status === 'loading' && <p aria-live="polite">Cijfers laden…</p>}
      {loaded.status === 'error' && <p role="alert">De cijfers konden niet worden geladen. {loaded.message}</p>}
      {loaded.status === 'ready' && (
        <>
          <Tiles totals={loaded.data.totals} />
          <VisitsPerDayChart days={loaded.data.perDay} />
          <ModulesChart modules={loaded.data.modules} />
          <VisitsPerMonthChart months={loaded.data.perMonth} />
          <div className="sin-dash__columns">
            <CampaignTable pages={loaded.data.campaigns} />
            <ReferrerTable referrers={loaded.data.referrers} />
          </div>
        </>
      )}
      <ContactSection from={range.from} to={range.to} />
      <AnnualOverviewSection today={today} />
    </div>
  );
}
