import type { Totals } from '../../analytics/queries/getTotals';
import { formatDecimal, formatInteger, formatShare } from '../../analytics/report/formatNl';
import { formatCount } from './formatCount';

const PER = { day: 'op deze dag', month: 'in deze maand', year: 'in dit jaar' } as const;

/** The headline figures of the selected range. */
export function Tiles({ totals, from }: { totals: Totals; from: string }) {
  const unique = formatCount(totals.uniqueVisitors, from);
  const returning = formatCount(totals.returningVisitors, from);
  const soFar = totals.partial ? 'tot nu toe' : undefined;
  const tiles: { label: string; value: string; note?: string }[] = [
    { label: 'Bezoeken', value: formatInteger(totals.visits), note: soFar },
    {
      label: 'Gemiddeld per dag',
      value: totals.averagePerDay === null ? '–' : formatDecimal(totals.averagePerDay),
      note: totals.daysCounted > 0 ? `over ${formatInteger(totals.daysCounted)} getelde ${totals.daysCounted === 1 ? 'dag' : 'dagen'}` : 'geen getelde dagen',
    },
    {
      label: 'Unieke bezoekers',
      value: unique.text,
      note: totals.uniqueVisitors
        ? [`verschillende browsers ${PER[totals.uniqueVisitors.granularity]}`, unique.from].filter(Boolean).join(', ')
        : 'alleen per dag, maand of jaar: kies bijvoorbeeld „Deze maand”',
    },
    {
      label: 'Terugkerende bezoekers',
      value: returning.text,
      note: totals.returningVisitors
        ? ['kwamen op een latere dag terug', returning.from].filter(Boolean).join(', ')
        : 'alleen vanaf 1 januari: kies „Dit jaar” of „Vorig jaar”',
    },
    {
      label: 'Terugkerende bezoeken',
      value: formatInteger(totals.returningVisits),
      note: `${formatShare(totals.returningShare)} van alle bezoeken`,
    },
    { label: 'Modules afgerond', value: formatInteger(totals.moduleFinishes), note: `${formatInteger(totals.moduleStarts)} gestart` },
  ];
  return (
    <ul className="sin-dash__tiles">
      {tiles.map((tile) => (
        <li key={tile.label} className="sin-dash__card sin-dash__tile">
          <span className="sin-dash__tile-label">{tile.label}</span>
          <strong className="sin-dash__tile-value">{tile.value}</strong>
          {tile.note && <span className="sin-dash__tile-note">{tile.note}</span>}
        </li>
      ))}
    </ul>
  );
}
