/** What each figure means and where it falls short, as on the public privacy page. */
export function Definitions() {
  return (
    <details className="sin-dash__card sin-dash__details">
      <summary>Wat betekenen deze cijfers?</summary>
      <dl className="sin-dash__facts">
        <dt>Bezoek</dt>
        <dd>
          Een reeks pagina’s in één browser. Een bezoek eindigt na 30 minuten zonder nieuwe pagina, en om middernacht. Een tweede tabblad binnen die 30 minuten
          hoort bij hetzelfde bezoek.
        </dd>
        <dt>Terugkerend bezoek</dt>
        <dd>Een bezoek van een browser die hier op een eerdere dag voor het eerst werd geteld.</dd>
        <dt>Unieke bezoekers</dt>
        <dd>
          Het aantal verschillende browsers op een dag, in een maand of in een jaar. De browser onthoudt zelf of hij deze maand en dit jaar al is geteld; er wordt
          geen nummer of ander kenmerk verstuurd. Daarom kan het alleen per hele dag, maand of jaar (of een deel daarvan vanaf de eerste dag), niet over een
          willekeurige periode.
        </dd>
        <dt>Terugkerende bezoekers</dt>
        <dd>Het aantal verschillende browsers dat dit jaar op een latere dag terugkwam dan de dag waarop ze voor het eerst werden geteld.</dd>
        <dt>Gemiddeld per dag</dt>
        <dd>Bezoeken gedeeld door de getelde dagen: vanaf de eerste dag waarop is geteld, tot en met vandaag als de periode nog loopt.</dd>
        <dt>Wat niet wordt geteld of te laag uitvalt</dt>
        <dd>
          Mensen met „Do Not Track”, „Global Privacy Control” of de keuze „Tel mijn bezoeken niet” worden niet geteld, en ook niet wie geen lokale opslag toestaat.
          Wist iemand de opslag (met „Alles wissen”, een privévenster, of Safari na 7 dagen zonder bezoek), dan telt die browser daarna als nieuw: terugkerende
          bezoeken en bezoekers vallen dan te laag uit en unieke bezoekers te hoog. Eén persoon met twee apparaten of browsers telt als twee bezoekers.
        </dd>
      </dl>
    </details>
  );
}
