import type { Totals } from '../../analytics/queries/getTotals';
import { formatDecimal, formatInteger, formatShare } from '../../analytics/report/formatNl';

/** The headline figures of the selected range. */
export function Tiles({ totals }: { totals: Totals }) {
  const tiles: { label: string; value: string; note?: string }[] = [
    { label: 'Bezoeken', value: formatInteger(totals.visits) },
    { label: 'Gemiddeld per dag', value: formatDecimal(totals.averagePerDay), note: `over ${formatInteger(totals.daysCounted)} dagen` },
    { label: 'Unieke bezoekers', value: formatInteger(totals.visitors), note: 'opgeteld per dag' },
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
