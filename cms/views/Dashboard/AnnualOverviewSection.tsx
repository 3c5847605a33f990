'use client';
import { useId, useState } from 'react';
import type { AnnualOverview } from '../../analytics/queries/getAnnualOverview';
import { annualReportText } from '../../analytics/report/annualReportText';
import { formatDay, formatDecimal, formatInteger, formatMonth } from '../../analytics/report/formatNl';
import { formatCountCell } from './formatCount';
import { useJson } from './useJson';

const API = '/api/analytics-counters/annual';
const FIRST_YEAR = 2018;

/** "Jaaroverzicht": the annual report's figures for a chosen year, as a list and as copyable text. */
export function AnnualOverviewSection({ today }: { today: string }) {
  const id = useId();
  const currentYear = Number(today.slice(0, 4));
  const [year, setYear] = useState(currentYear - 1);
  const [copied, setCopied] = useState<'idle' | 'done' | 'failed'>('idle');
  const loaded = useJson<AnnualOverview>(`${API}?year=${year}`);
  const o = loaded.status === 'ready' ? loaded.data : null;
  const years = Array.from({ length: currentYear - FIRST_YEAR + 1 }, (_, i) => currentYear - i);

  const copy = async (text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied('done');
    } catch {
      setCopied('failed');
    }
  };

  return (
    <section className="sin-dash__card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="sin-dash__card-title">
        Jaaroverzicht
      </h2>
      <div className="sin-dash__custom">
        <label htmlFor={`${id}-year`}>Jaar</label>
        <select
          id={`${id}-year`}
          value={year}
          onChange={(e) => {
            setYear(Number(e.target.value));
            setCopied('idle');
          }}
        >
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
        <a className="btn btn--style-secondary btn--size-small" href={`${API}?year=${year}&format=csv`} download>
          Download CSV
        </a>
      </div>
      {loaded.status === 'loading' && <p aria-live="polite">Jaaroverzicht laden…</p>}
      {loaded.status === 'error' && <p role="alert">Het jaaroverzicht kon niet worden geladen. {loaded.message}</p>}
      {o && (
        <>
          {!o.counting.counted && <p className="sin-dash__note">Over {year} is (nog) niets geteld.</p>}
          {o.counting.oldWay && (
            <p className="sin-dash__note">
              {o.counting.currentWay
                ? `Tot en met ${formatDay(o.counting.oldWay.to)} is op de oude manier geteld (elk tabblad een bezoek); unieke en terugkerende bezoekers tellen vanaf ${formatDay(o.counting.currentWay.from)}.`
                : 'Dit jaar is op de oude manier geteld (elk tabblad een bezoek); unieke en terugkerende bezoekers per jaar bestaan daarvoor niet.'}
            </p>
          )}
          <dl className="sin-dash__facts">
            <dt>Bezoeken{o.partial ? ' (tot nu toe)' : ''}</dt>
            <dd>
              {formatInteger(o.visits)}
              {o.comparison?.changePercent != null &&
                ` (${o.comparison.changePercent >= 0 ? '+' : ''}${Math.round(o.comparison.changePercent)} % t.o.v. ${o.comparison.wholeYear ? o.comparison.year : `dezelfde periode van ${o.comparison.year}`})`}
            </dd>
            <dt>Bezoeken per dag</dt>
            <dd>
              {o.visitsPerDay === null ? '–' : formatDecimal(o.visitsPerDay)}
              {o.daysCounted > 0 && ` (over ${formatInteger(o.daysCounted)} getelde dagen)`}
            </dd>
            <dt>Unieke bezoekers</dt>
            <dd>{formatCountCell(o.uniqueVisitors, `${year}-01-01`)}</dd>
            <dt>Terugkerende bezoekers</dt>
            <dd>{formatCountCell(o.returningVisitors, `${year}-01-01`)}</dd>
            <dt>Terugkerende bezoeken</dt>
            <dd>{formatInteger(o.returningVisits)}</dd>
            <dt>Meest bezochte modules</dt>
            <dd>{o.topModules.map((m) => `${m.module}${m.title ? ` (${m.title})` : ''}`).join(', ') || '–'}</dd>
            <dt>Modules afgerond</dt>
            <dd>
              {formatInteger(o.moduleFinishes)} ({formatInteger(o.moduleStarts)} gestart)
            </dd>
            <dt>Campagnebezoeken per maand</dt>
            <dd>{o.campaignVisitsPerMonth.map((m) => `${formatMonth(m.month, false)}: ${formatInteger(m.visits)}`).join(' · ')}</dd>
            <dt>Campagnepieken</dt>
            <dd>{o.campaignPeakMonths.map((month) => formatMonth(month, false)).join(', ') || '–'}</dd>
            <dt>Belangrijkste verwijzende website</dt>
            <dd>{o.topReferrer ? `${o.topReferrer.host} (${formatInteger(o.topReferrer.visits)})` : '–'}</dd>
          </dl>
          <button type="button" className="btn btn--style-primary btn--size-small" onClick={() => copy(annualReportText(o))}>
            Kopieer als tekst
          </button>
          <span aria-live="polite" className="sin-dash__note">
            {copied === 'done' && ' Gekopieerd.'}
            {copied === 'failed' && ' Kopiëren lukte niet; selecteer de tekst hieronder.'}
          </span>
          <details className="sin-dash__details">
            <summary>Toon de tekst</summary>
            <pre className="sin-dash__report">{annualReportText(o)}</pre>
          </details>
        </>
      )}
    </section>
  );
}
