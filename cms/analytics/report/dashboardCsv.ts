import type { BrowserCount } from '../queries/countingInRange';
import type { AnnualOverview } from '../queries/getAnnualOverview';
import type { DashboardData } from '../queries/getDashboard';
import type { Totals } from '../queries/getTotals';
import { type CsvCell, type CsvSection, toCsv } from './toCsv';

/** A browser count as a cell: empty when there is none (not 0: it was not counted). */
function count(value: BrowserCount | null): CsvCell {
  return value ? value.count : null;
}

/** The first day a browser count covers, when later than the period's first day. */
function countFrom(value: BrowserCount | null, periodStart: string): CsvCell {
  return value && value.from > periodStart ? value.from : null;
}

/** How the range was counted, as rows of the first table. */
function countingRows(t: Totals): CsvCell[][] {
  const { counted, oldWay, currentWay } = t.counting;
  return [
    ['Getelde dagen', counted ? `${counted.from} t/m ${counted.to}` : 'geen'],
    ['Oude telwijze (elk tabblad een bezoek)', oldWay ? `${oldWay.from} t/m ${oldWay.to}` : null],
    ['Huidige telwijze (bezoek eindigt na 30 minuten)', currentWay ? `${currentWay.from} t/m ${currentWay.to}` : null],
  ];
}

/**
 * The dashboard's CSV export: the same tiles, charts and tables as on screen. To add a part,
 * add its table to `sections` (see DASHBOARD_PARTS in queries/getDashboard.ts).
 */
export function dashboardCsv(data: DashboardData): string {
  const t = data.totals;
  const sections: CsvSection[] = [
    {
      title: `Statistieken ${data.from} t/m ${data.to}${t.partial ? ' (tot nu toe)' : ''}`,
      header: ['Cijfer', 'Waarde'],
      rows: [
        ['Bezoeken', t.visits],
        ['Gemiddeld per getelde dag', t.averagePerDay],
        ['Unieke bezoekers (exact, alleen per dag, maand of jaar)', count(t.uniqueVisitors)],
        ['Unieke bezoekers geteld vanaf', countFrom(t.uniqueVisitors, data.from)],
        ['Terugkerende bezoekers (vanaf 1 januari)', count(t.returningVisitors)],
        ['Terugkerende bezoeken', t.returningVisits],
        ['Aandeel terugkerende bezoeken (%)', t.returningShare * 100],
        ['Modules gestart', t.moduleStarts],
        ['Modules afgerond', t.moduleFinishes],
        ...countingRows(t),
      ],
    },
    {
      title: 'Bezoeken per dag',
      header: ['Dag', 'Bezoeken', 'Nieuw', 'Terugkerend', 'Unieke bezoekers'],
      rows: data.perDay.map((d) => [d.day, d.visits, d.newVisits, d.returningVisits, d.visitors]),
    },
    {
      title: 'Bezoeken per maand',
      header: ['Maand', 'Bezoeken', 'Nieuw', 'Terugkerend', 'Unieke bezoekers', 'Unieke bezoekers geteld vanaf', 'Via campagnes'],
      rows: data.perMonth.map((m) => [
        m.month,
        m.visits,
        m.newVisits,
        m.returningVisits,
        count(m.uniqueVisitors),
        countFrom(m.uniqueVisitors, `${m.month}-01`),
        m.campaignVisits,
      ]),
    },
    {
      title: 'Per jaar',
      header: ['Jaar', 'Bezoeken', 'Gemiddeld per getelde dag', 'Unieke bezoekers', 'Terugkerende bezoekers', 'Terugkerende bezoeken'],
      rows: data.perYear.map((y) => [y.year, y.visits, y.averagePerDay, count(y.uniqueVisitors), count(y.returningVisitors), y.returningVisits]),
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
  const c = o.comparison;
  return toCsv([
    {
      title: `Jaaroverzicht ${o.year}${o.partial ? ' (tot nu toe)' : ''}`,
      header: ['Cijfer', 'Waarde'],
      rows: [
        ['Bezoeken', o.visits],
        ['Bezoeken per getelde dag', o.visitsPerDay],
        ['Dagen geteld', o.daysCounted],
        [c ? `Bezoeken ${c.year} (${c.from} t/m ${c.to})` : `Bezoeken ${o.year - 1}`, c ? c.visits : null],
        ['Verandering (%)', c?.changePercent ?? null],
        ['Unieke bezoekers', count(o.uniqueVisitors)],
        ['Unieke bezoekers geteld vanaf', countFrom(o.uniqueVisitors, `${o.year}-01-01`)],
        ['Terugkerende bezoekers', count(o.returningVisitors)],
        ['Terugkerende bezoekers geteld vanaf', countFrom(o.returningVisitors, `${o.year}-01-01`)],
        ['Terugkerende bezoeken', o.returningVisits],
        ['Modules gestart', o.moduleStarts],
        ['Modules afgerond', o.moduleFinishes],
        ['Campagnepieken', o.campaignPeakMonths.join(', ') || null],
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
