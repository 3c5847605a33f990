import type { CampaignPageRow } from '../../analytics/queries/getCampaignTable';
import { formatInteger } from '../../analytics/report/formatNl';

const CHANNELS: Record<string, string> = { banner: 'Banner', poster: 'Poster (QR)', social: 'Sociale media', display: 'Display', other: 'Anders' };

/** Campaign results per landing page, with a row per source under it. */
export function CampaignTable({ pages }: { pages: CampaignPageRow[] }) {
  return (
    <section className="sin-dash__card" aria-labelledby="sin-dash-campaigns">
      <h2 id="sin-dash-campaigns" className="sin-dash__card-title">
        Campagnes per pagina en bron
      </h2>
      {pages.length === 0 ? (
        <p>Geen campagnebezoeken in deze periode.</p>
      ) : (
        <div className="sin-dash__table-scroll">
          <table className="sin-dash__table">
            <thead>
              <tr>
                <th scope="col">Campagnepagina / bron</th>
                <th scope="col">Kanaal</th>
                <th scope="col">Bezoeken</th>
                <th scope="col">Modules gestart daarna</th>
              </tr>
            </thead>
            {pages.map((page) => (
              <tbody key={page.pagePath ?? 'onbekend'}>
                <tr className="sin-dash__group-row">
                  <th scope="rowgroup">
                    {page.pageTitle ?? 'Onbekende of niet-gepubliceerde pagina'} {page.pagePath && <code>{page.pagePath}</code>}
                  </th>
                  <td />
                  <td>{formatInteger(page.visits)}</td>
                  <td>{formatInteger(page.moduleStarts)}</td>
                </tr>
                {page.sources.map((source) => (
                  <tr key={source.code}>
                    <th scope="row" className="sin-dash__indent">
                      {source.label} <code>{source.code}</code>
                    </th>
                    <td>{source.channel ? (CHANNELS[source.channel] ?? source.channel) : '–'}</td>
                    <td>{formatInteger(source.visits)}</td>
                    <td>{formatInteger(source.moduleStarts)}</td>
                  </tr>
                ))}
              </tbody>
            ))}
          </table>
        </div>
      )}
      <p className="sin-dash__note">Alleen bronnen met bezoeken in deze periode staan in de tabel.</p>
    </section>
  );
}
