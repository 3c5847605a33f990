import type { AnnualOverview } from '../queries/getAnnualOverview';
import type { DashboardData } from '../queries/getDashboard';
import { type CsvSection, toCsv } from './toCsv';

/** The dashboard's CSV export: the same tiles, charts and tables as on screen. */
export function dashboardCsv(data: DashboardData): string {
  const t = data.totals;
  const sections: CsvSection[] = [
    {
      title: `Statistieken ${data.from} t/m ${data.to}`,
      header: ['Cijfer', 'Waarde'],
      rows: [
        ['Bezoeken', t.visits],
        ['Gemiddeld per dag', t.averagePerDay],
        ['Unieke bezoekers (som per dag)', t.visitors],
        ['Terugkerende bezoeken', t.returningVisits],
        ['Aandeel terugkerend (%)', t.returningShare * 100],
        ['Modules gestart', t.moduleStarts],
        ['Modules afgerond', t.moduleFinishes],
      ],
    },
    {
      title: 'Bezoeken per dag',
      header: ['Dag', 'Bezoeken', 'Nieuw', 'Terugkerend', 'Unieke bezoekers'],
      rows: data.perDay.map((d) => [d.day, d.visits, d.newVisits, d.returningVisits, d.visitors]),
    },
    {
      title: 'Bezoeken per maand',
      header: ['Maand', 'Bezoeken', 'Nieuw', 'Terugkerend', 'Unieke bezoekers', 'Via campagnes'],
      rows: data.perMonth.map((m) => [m.month, m.visits, m.newVisits, m.returningVisits, m.visitors, m.campaignVisits]),
    },
    {
      title: 'Modules',
      header: ['Module', 'Titel', 'Bekeken', 'Gestart', 'Afgerond'],
      rows: data.modules.map((m) => [m.module, m.title, m.views, m.starts, m.finishes]),
    },
    {
      title: 'Campagnes',
      header: ['Campagnepagina', 'Pad', 'Bron', 'Omschrijving', 'Kanaal', 'Bezoeken', 'Modules gestart'],
      rows: data.campaigns.flatMap((page) =>
        page.sources.map((s) => [page.pageTitle ?? '(onbekende pagina)', page.pagePath, s.code, s.label, s.channel, s.visits, s.moduleStarts]),
      ),
    },
    {
      title: 'Verwijzende websites',
      header: ['Website', 'Bezoeken'],
      rows: [...data.referrers.hosts.map((r) => [r.host, r.visits]), ['Overige', data.referrers.other]],
    },
  ];
  return toCsv(sections);
}

/** The annual overview as CSV. */
export function annualCsv(o: AnnualOverview): string {
  return toCsv([
    {
      title: `Jaaroverzicht ${o.year}${o.partial ? ' (tot nu toe)' : ''}`,
      header: ['Cijfer', 'Waarde'],
      rows: [
        ['Bezoeken', o.visits],
        [`Bezoeken ${o.year - 1}`, o.previousYearVisits],
        ['Verandering (%)', o.changePercent],
        ['Bezoeken per dag', o.visitsPerDay],
        ['Dagen geteld', o.daysCounted],
        ['Terugkerende bezoeken', o.returningVisits],
        ['Unieke bezoekers (som per dag)', o.visitors],
        ['Modules afgerond', o.moduleFinishes],
        ['Belangrijkste verwijzer', o.topReferrer ? `${o.topReferrer.host} (${o.topReferrer.visits})` : null],
      ],
    },
    {
      title: 'Meest bezochte modules',
      header: ['Module', 'Titel', 'Bekeken'],
      rows: o.topModules.map((m) => [m.module, m.title, m.views]),
    },
    {
      title: 'Campagnebezoeken per maand',
      header: ['Maand', 'Bezoeken'],
      rows: o.campaignVisitsPerMonth.map((m) => [m.month, m.visits]),
    },
  ]);
}
