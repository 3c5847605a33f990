import type { Payload } from 'payload';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { AnalyticsRegistry } from '../../cms/analytics/ingest';
import { getAnnualOverview } from '../../cms/analytics/queries/getAnnualOverview';
import { getDashboard } from '../../cms/analytics/queries/getDashboard';
import { annualReportText } from '../../cms/analytics/report/annualReportText';
import { incrementCounters } from '../../cms/analytics/write/incrementCounters';
import { LARGE_REFERRER, planHelplineYears, ROUTES, SOURCES_BY_PAGE, tallyPlan } from '../helpers/helplineYears';
import { replayBrowsers } from '../helpers/simulatedBrowsers';
import { startTestPayload, type TestPayload } from '../helpers/testPayload';

let t: TestPayload;
let payload: Payload;
const browsers = planHelplineYears();
const plan2020 = tallyPlan(browsers, '2020');
const registry: AnalyticsRegistry = {
  hasRoute: (key) => ROUTES.includes(key),
  hasSource: (code) => Object.values(SOURCES_BY_PAGE).some((codes) => (codes as readonly string[]).includes(code)),
};

beforeAll(async () => {
  t = await startTestPayload({ seed: true });
  payload = t.payload;
  // Every page view and module event of two years, through the browser's own visit store, the
  // beacon builder and the server's ingest pipeline; then the one write path.
  const increments = replayBrowsers(browsers, registry);
  for (let i = 0; i < increments.length; i += 5_000) await incrementCounters(payload, increments.slice(i, i + 5_000));
}, 300_000);
afterAll(async () => {
  await t?.close();
});

describe('annual overview of a year shaped like the helpline’s 2020', () => {
  test('the plan itself has the report’s figures (so the test below can fail on the code only)', () => {
    expect(plan2020).toMatchObject({ visits: 8150, returningVisitors: 1098 });
    expect(tallyPlan(browsers, '2019').visits).toBe(6616);
  });

  test('reproduces visits, change, visits per day, returning and unique visitors exactly', async () => {
    const o = await getAnnualOverview(payload, 2020, {}, '2021-03-01');
    expect(o).toMatchObject({
      year: 2020,
      partial: false,
      visits: 8150,
      daysCounted: 366,
      comparison: { year: 2019, visits: 6616, wholeYear: true, acrossChange: false },
      returningVisitors: { count: 1098, granularity: 'year', from: '2020-01-01', to: '2020-12-31' },
      uniqueVisitors: { count: plan2020.uniqueVisitors, granularity: 'year', from: '2020-01-01' },
      returningVisits: plan2020.returningVisits,
      campaignPeakMonths: ['2020-04', '2020-11', '2020-12'],
      topReferrer: { host: LARGE_REFERRER, visits: plan2020.referrers.get(LARGE_REFERRER) },
    });
    expect(o.visitsPerDay).toBeCloseTo(8150 / 366, 10);
    expect(o.comparison?.changePercent).toBeCloseTo(((8150 - 6616) / 6616) * 100, 10);
    expect(o.topModules.map((m) => m.module).slice(0, 2)).toEqual([10, 6]);
    expect(o.topModules[0]?.views).toBe(plan2020.moduleViews.get(10));
    expect(o.campaignVisitsPerMonth.map((m) => m.visits)).toEqual(
      Array.from({ length: 12 }, (_, i) => plan2020.campaignPerMonth.get(`2020-${String(i + 1).padStart(2, '0')}`) ?? 0),
    );
  });

  test('says the figures in the report’s own form', async () => {
    const o = await getAnnualOverview(payload, 2020, {}, '2021-03-01');
    const [first, second, modules] = annualReportText(o).split('\n');
    expect(first).toBe('In 2020 is de website 8.150 keer bezocht, 23 % meer dan in 2019, gemiddeld 22,3 keer per dag. 1.098 bezoekers kwamen terug.');
    expect(second).toContain(`Er waren ${plan2020.uniqueVisitors.toLocaleString('nl-NL')} verschillende bezoekers`);
    expect(modules).toMatch(/^De meest bezochte modules waren module 10 \(Herkennen en omgaan met gevoelens\), module 6 \(.+\) en module \d+ \(.+\)\.$/);
    expect(annualReportText(o)).toContain('met pieken in april, november en december.');
  });

  test('gives exact unique visitors per month and for the year on the dashboard', async () => {
    const year = await getDashboard(payload, '2020-01-01', '2020-12-31', {}, '2021-03-01');
    expect(year.totals.uniqueVisitors?.count).toBe(plan2020.uniqueVisitors);
    expect(year.totals.returningVisitors?.count).toBe(1098);
    for (const month of year.perMonth) expect({ month: month.month, unique: month.uniqueVisitors?.count }).toEqual({ month: month.month, unique: plan2020.uniquePerMonth.get(month.month) });
    const april = await getDashboard(payload, '2020-04-01', '2020-04-30', {}, '2021-03-01');
    expect(april.totals.uniqueVisitors).toEqual({ count: plan2020.uniquePerMonth.get('2020-04'), granularity: 'month', from: '2020-04-01', to: '2020-04-30' });
    expect(april.totals.returningVisitors).toBeNull();
    // Two years: a sum would count a browser once per year, so there is no single figure.
    const twoYears = await getDashboard(payload, '2019-01-01', '2020-12-31', {}, '2021-03-01');
    expect(twoYears.totals.uniqueVisitors).toBeNull();
    expect(twoYears.perYear.map((y) => [y.year, y.visits, y.uniqueVisitors?.count, y.returningVisitors?.count])).toEqual([
      [2019, 6616, tallyPlan(browsers, '2019').uniqueVisitors, 0],
      [2020, 8150, plan2020.uniqueVisitors, 1098],
    ]);
    expect(twoYears.totals.averagePerDay).toBeCloseTo((6616 + 8150) / 731, 10);
  });

  test('a running year is "so far" up to today and compared with the same days of the year before', async () => {
    const o = await getAnnualOverview(payload, 2020, {}, '2020-12-31');
    expect(o).toMatchObject({ partial: true, daysCounted: 366, comparison: { wholeYear: false, to: '2019-12-31' } });
    const june = await getAnnualOverview(payload, 2020, {}, '2020-06-30');
    expect(june).toMatchObject({ partial: true, daysCounted: 182, comparison: { from: '2019-01-01', to: '2019-06-30', wholeYear: false } });
    expect(annualReportText(june)).toMatch(/^In 2020 is de website tot en met 30 juni [\d.]+ keer bezocht, \d+ % (meer|minder) dan in dezelfde periode van 2019, gemiddeld/);
  });

  test('averages only over the days that were counted', async () => {
    // Nothing was counted before 2019: 2018 has no average, and no comparison for 2019.
    const y2018 = await getAnnualOverview(payload, 2018, {}, '2021-03-01');
    expect(y2018).toMatchObject({ visits: 0, visitsPerDay: null, daysCounted: 0, comparison: null });
    expect(annualReportText(y2018)).toBe('Over 2018 is (nog) niets geteld.');
    const y2019 = await getAnnualOverview(payload, 2019, {}, '2021-03-01');
    expect(y2019).toMatchObject({ visits: 6616, daysCounted: 365, comparison: null });
    expect(annualReportText(y2019)).toContain('Er is geen vergelijking met 2018, omdat 2018 niet helemaal is geteld.');
    const span = await getDashboard(payload, '2018-07-01', '2019-01-31', {}, '2021-03-01');
    expect(span.totals).toMatchObject({ daysCounted: 31, counting: { counted: { from: '2019-01-01', to: '2019-01-31' } } });
  });
});
