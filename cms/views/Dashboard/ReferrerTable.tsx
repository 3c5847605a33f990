import type { TopReferrers } from '../../analytics/queries/getTopReferrers';
import { formatInteger } from '../../analytics/report/formatNl';

/** The other websites visits came from (host names only). */
export function ReferrerTable({ referrers }: { referrers: TopReferrers }) {
  return (
    <section className="sin-dash__card" aria-labelledby="sin-dash-referrers">
      <h2 id="sin-dash-referrers" className="sin-dash__card-title">
        Verwijzende websites
      </h2>
      {referrers.total === 0 ? (
        <p>Geen bezoeken via andere websites in deze periode.</p>
      ) : (
        <table className="sin-dash__table">
          <thead>
            <tr>
              <th scope="col">Website</th>
              <th scope="col">Bezoeken</th>
            </tr>
          </thead>
          <tbody>
            {referrers.hosts.map((entry) => (
              <tr key={entry.host}>
                <th scope="row">{entry.host}</th>
                <td>{formatInteger(entry.visits)}</td>
              </tr>
            ))}
            {referrers.other > 0 && (
              <tr>
                <th scope="row">Overige websites</th>
                <td>{formatInteger(referrers.other)}</td>
              </tr>
            )}
          </tbody>
        </table>
      )}
    </section>
  );
}
