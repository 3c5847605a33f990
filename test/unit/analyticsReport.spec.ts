import { describe, expect, test } from 'vitest';
import type { AnnualOverview } from '../../cms/analytics/queries/getAnnualOverview';
import { annualReportText } from '../../cms/analytics/report/annualReportText';
import { formatDecimal, formatInteger, formatShare } from '../../cms/analytics/report/formatNl';
import { toCsv } from '../../cms/analytics/report/toCsv';

const whole2020 = { from: '2020-01-01', to: '2020-12-31' };
const overview2020: AnnualOverview = {
  year: 2020,
  partial: false,
  visits: 8150,
  visitsPerDay: 8150 / 366,
  daysCounted: 366,
  counting: { counted: { ...whole2020, days: 366 }, oldWay: null, currentWay: whole2020 },
  comparison: { year: 2019, from: '2019-01-01', to: '2019-12-31', visits: 6616, changePercent: ((8150 - 6616) / 6616) * 100, wholeYear: true, acrossChange: false },
  uniqueVisitors: { count: 6420, granularity: 'year', ...whole2020 },
  returningVisitors: { count: 1098, granularity: 'year', ...whole2020 },
  returningVisits: 2210,
  moduleStarts: 1200,
  moduleFinishes: 420,
  topModules: [
    { module: 10, title: 'Herkennen en omgaan met gevoelens', views: 900, starts: 300, finishes: 100 },
    { module: 6, title: 'Fantasieën', views: 850, starts: 280, finishes: 90 },
    { module: 1, title: null, views: 800, starts: 260, finishes: 80 },
  ],
  campaignVisitsPerMonth: Array.from({ length: 12 }, (_, i) => ({ month: `2020-${String(i + 1).padStart(2, '0')}`, visits: [4, 11, 12].includes(i + 1) ? 3000 + i : 0 })),
  campaignPeakMonths: ['2020-04', '2020-11', '2020-12'],
  topReferrer: { host: 'grote-site.example', visits: 5000 },
};

describe('annualReportText', () => {
  test('writes the figures in the form of the helpline’s annual report', () => {
    const lines = annualReportText(overview2020).split('\n');
    expect(lines).toEqual([
      'In 2020 is de website 8.150 keer bezocht, 23 % meer dan in 2019, gemiddeld 22,3 keer per dag. 1.098 bezoekers kwamen terug.',
      'Er waren 6.420 verschillende bezoekers; 2.210 bezoeken waren van bezoekers die er op een eerdere dag ook waren.',
      'De meest bezochte modules waren module 10 (Herkennen en omgaan met gevoelens), module 6 (Fantasieën) en module 1.',
      'Modules zijn 420 keer afgerond en 1.200 keer begonnen.',
      'Via campagnes (links en QR-codes) kwamen 9.024 bezoeken binnen, met pieken in april, november en december.',
      'De meeste bezoekers via een andere website kwamen van grote-site.example (5.000 bezoeken).',
    ]);
  });

  test('compares a running year with the same days of the year before', () => {
    const text = annualReportText({
      ...overview2020,
      year: 2021,
      partial: true,
      counting: { counted: { from: '2021-01-01', to: '2021-06-30', days: 181 }, oldWay: null, currentWay: { from: '2021-01-01', to: '2021-06-30' } },
      comparison: { year: 2020, from: '2020-01-01', to: '2020-06-30', visits: 8150, changePercent: -4.6, wholeYear: false, acrossChange: false },
    });
    expect(text).toMatch(/^In 2021 is de website tot en met 30 juni 8\.150 keer bezocht, 5 % minder dan in dezelfde periode van 2020, gemiddeld 22,3 keer per dag\./);
  });

  test('says when counting began, when the definitions changed and why there is no comparison', () => {
    const text = annualReportText({
      ...overview2020,
      year: 2026,
      partial: true,
      counting: { counted: { from: '2026-03-02', to: '2026-12-05', days: 279 }, oldWay: { from: '2026-03-02', to: '2026-11-30' }, currentWay: { from: '2026-12-01', to: '2026-12-05' } },
      comparison: null,
      uniqueVisitors: { count: 40, granularity: 'year', from: '2026-12-01', to: '2026-12-05' },
      returningVisitors: { count: 1, granularity: 'year', from: '2026-12-01', to: '2026-12-05' },
      topModules: [],
      campaignVisitsPerMonth: [],
      campaignPeakMonths: [],
      topReferrer: null,
    });
    expect(text).toContain('In 2026 is de website sinds 2 maart tot en met 5 december 8.150 keer bezocht, gemiddeld 22,3 keer per dag.');
    expect(text).toContain('Sinds 1 december kwam 1 bezoeker terug.');
    expect(text).toContain('Er is geen vergelijking met 2025, omdat het tellen pas in 2026 begon.');
    expect(text).toContain('Sinds 1 december bezochten 40 verschillende bezoekers de website');
    expect(text).toContain('Let op: tot en met 30 november telde de website bezoeken op de oude manier (elk tabblad een bezoek).');
    expect(text).toContain('Er zijn geen campagnebezoeken geteld.');
    expect(text).toContain('Er zijn geen bezoeken via andere websites geteld.');
    expect(text).not.toContain('meest bezochte');
  });

  test('writes a single counted day, a single visit and one or two campaign months plainly', () => {
    const day = { from: '2026-11-29', to: '2026-11-29' };
    const text = annualReportText({
      ...overview2020,
      year: 2026,
      partial: true,
      visits: 18,
      visitsPerDay: 18,
      counting: { counted: { ...day, days: 1 }, oldWay: null, currentWay: day },
      comparison: null,
      uniqueVisitors: { count: 13, granularity: 'year', ...day },
      returningVisitors: { count: 3, granularity: 'year', ...day },
      returningVisits: 1,
      campaignVisitsPerMonth: [{ month: '2026-11', visits: 1 }],
      campaignPeakMonths: [],
    });
    expect(text).toContain('In 2026 is de website op 29 november 18 keer bezocht, gemiddeld 18,0 keer per dag. 3 bezoekers kwamen terug.');
    expect(text).toContain('Er waren 13 verschillende bezoekers; 1 bezoek was van bezoekers die er op een eerdere dag ook waren.');
    expect(text).toContain('Via campagnes (links en QR-codes) kwam 1 bezoek binnen in november.');
  });

  test('says so when a year was not counted or its counts are from before the change', () => {
    expect(annualReportText({ ...overview2020, counting: { counted: null, oldWay: null, currentWay: null } })).toBe('Over 2020 is (nog) niets geteld.');
    const old = annualReportText({
      ...overview2020,
      counting: { counted: { ...whole2020, days: 366 }, oldWay: whole2020, currentWay: null },
      comparison: { ...overview2020.comparison!, visits: 0, changePercent: null },
      uniqueVisitors: null,
      returningVisitors: null,
    });
    expect(old).toContain('Terugkerende bezoekers zijn in 2020 nog niet geteld.');
    expect(old).toContain('In 2019 zijn geen bezoeken geteld, dus er is geen vergelijking.');
    expect(old).toContain('Unieke bezoekers zijn in 2020 nog niet geteld');
    expect(old).toContain('Let op: dit jaar is op de oude manier geteld');
  });
});

describe('formatNl', () => {
  test('uses Dutch separators', () => {
    expect([formatInteger(11724), formatDecimal(32.12), formatShare(0.129)]).toEqual(['11.724', '32,1', '12,9%']);
  });
});

describe('toCsv', () => {
  test('writes semicolon-separated sections with a byte-order mark', () => {
    const csv = toCsv([
      { title: 'A', header: ['x', 'y'], rows: [[1, 2.5]] },
      { title: 'B', header: ['z'], rows: [[null]] },
    ]);
    expect(csv).toBe('\uFEFFA\r\nx;y\r\n1;2,50\r\n\r\nB\r\nz\r\n\r\n');
  });

  test('quotes separators and neutralises spreadsheet formulas', () => {
    const csv = toCsv([{ title: 'T', header: ['v'], rows: [['a;b'], ['say "hi"'], ['=HYPERLINK("x")'], ['-2+3'], ['@SUM(A1)']] }]);
    expect(csv.split('\r\n').slice(2, 7)).toEqual(['"a;b"', '"say ""hi"""', `"'=HYPERLINK(""x"")"`, "'-2+3", "'@SUM(A1)"]);
  });
});
