import type { Totals } from '../../analytics/queries/getTotals';
import { formatDay } from '../../analytics/report/formatNl';

/**
 * Says how the selected range was counted, when that changes how to read it: nothing counted,
 * counting began inside the range, the range runs to today, or it spans (or lies before) the
 * change of visit definitions.
 */
export function CountingNotice({ totals, from }: { totals: Totals; from: string }) {
  const { counted, oldWay, currentWay } = totals.counting;
  const notes: string[] = [];
  if (!counted) {
    notes.push('In deze periode is (nog) niets geteld.');
  } else {
    if (counted.from > from) notes.push(`Er wordt geteld sinds ${formatDay(counted.from)}. Het gemiddelde per dag gaat over de dagen vanaf dan.`);
    if (totals.partial) notes.push(`Deze periode loopt nog: de cijfers gaan tot en met vandaag (${formatDay(counted.to)}).`);
    if (oldWay && currentWay) {
      notes.push(
        `Deze periode loopt over een verandering in het tellen. Tot en met ${formatDay(oldWay.to)} telde elk tabblad als een bezoek, en was een bezoek alleen „terugkerend” als het het eerste van die dag was. Vanaf ${formatDay(currentWay.from)} eindigt een bezoek na 30 minuten zonder nieuwe pagina, en is elk bezoek op een latere dag terugkerend. Bezoeken van voor en na die dag zijn dus niet precies te vergelijken. Unieke bezoekers per maand en jaar en terugkerende bezoekers zijn geteld vanaf ${formatDay(currentWay.from)}.`,
      );
    } else if (oldWay) {
      notes.push(
        'Deze periode is op de oude manier geteld: elk tabblad telde als een bezoek, en een bezoek was alleen „terugkerend” als het het eerste van die dag was. Unieke bezoekers per maand en jaar en terugkerende bezoekers zijn er voor deze periode niet.',
      );
    }
  }
  if (notes.length === 0) return null;
  return (
    <div className="sin-dash__card sin-dash__notice" role="note">
      {notes.map((note) => (
        <p key={note}>{note}</p>
      ))}
    </div>
  );
}
