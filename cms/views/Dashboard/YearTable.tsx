import type { YearVisits } from '../../analytics/queries/getVisitsPerYear';
import { formatDecimal, formatInteger } from '../../analytics/report/formatNl';
import { formatCountCell } from './formatCount';

/** Per calendar year in the range: visits, average, unique and returning visitors. */
export function YearTable({ years }: { years: YearVisits[] }) {
  return (
    <section className="sin-dash__card" aria-labelledby="sin-dash-years">
      <h2 id="sin-dash-years" className="sin-dash__card-title">
        Per jaar
      </h2>
      <div className="sin-dash__table-scroll">
        <table className="sin-dash__table">
          <thead>
            <tr>
              <th scope="col">Jaar</th>
              <th scope="col">Bezoeken</th>
              <th scope="col">Gemiddeld per dag</th>
              <th scope="col">Unieke bezoekers</th>
              <th scope="col">Terugkerende bezoekers</th>
              <th scope="col">Terugkerende bezoeken</th>
            </tr>
          </thead>
          <tbody>
            {years.map((y) => (
              <tr key={y.year}>
                <th scope="row">
                  {y.year}
                  {y.partial ? ' (tot nu toe)' : ''}
                </th>
                <td>{formatInteger(y.visits)}</td>
                <td>{y.averagePerDay === null ? '–' : formatDecimal(y.averagePerDay)}</td>
                <td>{formatCountCell(y.uniqueVisitors, `${y.year}-01-01`)}</td>
                <td>{formatCountCell(y.returningVisitors, `${y.year}-01-01`)}</td>
                <td>{formatInteger(y.returningVisits)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="sin-dash__note">Unieke en terugkerende bezoekers staan er alleen bij een jaar waarvan 1 januari in de gekozen periode valt („–” = niet te tellen).</p>
    </section>
  );
}
