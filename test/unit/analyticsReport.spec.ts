import { describe, expect, test } from 'vitest';
import type { AnnualOverview } from '../../cms/analytics/queries/getAnnualOverview';
import { annualReportText } from '../../cms/analytics/report/annualReportText';
import { formatDecimal, formatInteger, formatShare } from '../../cms/analytics/report/formatNl';
import { toCsv } from '../../cms/analytics/report/toCsv';

const overview2020: AnnualOverview = {
  year: 2020,
  visits: 8150,
  previousYearVisits: 6616,
  changePercent: ((8150 - 6616) / 6616) * 100,
  visitsPerDay: 8150 / 366,
  daysCounted: 366,
  partial: false,
  returningVisits: 1098,
  visitors: 7000,
  moduleFinishes: 420,
  topModules: [
    { module: 10, title: 'Herkennen en omgaan met gevoelens', views: 900, starts: 300, finishes: 100 },
    { module: 6, title: 'Fantasieën', views: 850, starts: 280, finishes: 90 },
    { module: 1, title: null, views: 800, starts: 260, finishes: 80 },
  ],
  campaignVisitsPerMonth: Array.from({ length: 12 }, (_, i) => ({ month: `2020-${String(i + 1).padStart(2, '0')}`, visits: [4, 11, 12].includes(i + 1) ? 3000 + i : 0 })),
  topReferrer: { host: 'grote-site.example', visits: 5000 },
};

describe('annualReportText', () => {
  test('writes the report figures in Dutch', () => {
    const text = annualReportText(overview2020);
    expect(text).toContain('Bezoek aan de website in 2020: 8.150 bezoeken. Dat is 23% meer dan in 2019 (6.616).');
    expect(text).toContain('Gemiddeld 22,3 bezoeken per dag (over 366 dagen).');
    expect(text).toContain('1.098 bezoeken kwamen van terugkerende bezoekers (13,5% van alle bezoeken).');
    expect(text).toContain('Meest bezochte modules: module 10 (Herkennen en omgaan met gevoelens), module 6 (Fantasieën) en module 1.');
    expect(text).toContain('de meeste in december. Per maand: april 3.003, november 3.010, december 3.011.');
    expect(text).toContain('kwamen van grote-site.example (5.000 bezoeken)');
  });

  test('says so when there is nothing to compare or count', () => {
    const text = annualReportText({ ...overview2020, year: 2019, changePercent: null, previousYearVisits: 0, topModules: [], campaignVisitsPerMonth: [], topReferrer: null, partial: true });
    expect(text).toContain('in 2019 tot nu toe');
    expect(text).toContain('Over 2018 zijn geen bezoeken geteld');
    expect(text).toContain('Er zijn geen campagnebezoeken geteld.');
    expect(text).toContain('Er zijn geen verwijzingen van andere websites geteld.');
    expect(text).not.toContain('Meest bezochte modules');
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
