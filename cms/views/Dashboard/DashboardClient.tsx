'use client';
import { Fragment, useState } from 'react';
import type { DashboardData } from '../../analytics/queries/getDashboard';
import { formatDay } from '../../analytics/report/formatNl';
import { AnnualOverviewSection } from './AnnualOverviewSection';
import { ContactSection } from './ContactSection';
import { Definitions } from './Definitions';
import { RangePicker } from './RangePicker';
import { presetRange } from './rangePresets';
import { DASHBOARD_SECTIONS } from './sections';
import { useJson } from './useJson';

const API = '/api/analytics-counters/dashboard';

/** The interactive part of /admin/statistieken. `today` is the server's Amsterdam day. */
export function DashboardClient({ today }: { today: string }) {
  const [range, setRange] = useState(() => presetRange('last30', today));
  const query = `from=${range.from}&to=${range.to}`;
  const loaded = useJson<DashboardData>(`${API}?${query}`);

  return (
    <div className="sin-dash">
      <p className="sin-dash__intro">
        Geteld zonder cookies, IP-adressen of nummers: alleen totalen per dag. Een bezoek eindigt na 30 minuten zonder nieuwe pagina. Unieke bezoekers
        worden per dag, maand en jaar geteld, niet over andere periodes. Hieronder staat wat de cijfers te hoog of te laag maakt.
      </p>
      <Definitions />
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
      {loaded.status === 'ready' && DASHBOARD_SECTIONS.map((section) => <Fragment key={section.key}>{section.render(loaded.data)}</Fragment>)}
      <ContactSection from={range.from} to={range.to} />
      <AnnualOverviewSection today={today} />
    </div>
  );
}
