import type { Payload } from 'payload';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { getAnnualOverview } from '../../cms/analytics/queries/getAnnualOverview';
import { getCountingHistory } from '../../cms/analytics/queries/getCountingHistory';
import { getDashboard } from '../../cms/analytics/queries/getDashboard';
import { annualReportText } from '../../cms/analytics/report/annualReportText';
import { incrementCounters } from '../../cms/analytics/write/incrementCounters';
import { generateDataset, sumOf } from '../helpers/analyticsDataset';
import { replayBrowsers } from '../helpers/simulatedBrowsers';
import { startTestPayload, type TestPayload } from '../helpers/testPayload';

let t: TestPayload;
let payload: Payload;
const TODAY = '2026-12-10';
// Counted the old way (one visit per tab) from 2 March to 30 November 2026.
const before = generateDataset({ from: '2026-03-02', to: '2026-11-30', visitsPerDay: 20, sources: [], hosts: [], seed: 7 });
// From 1 December the current way: 30 browsers, each on a few days, replayed through the browser code.
const browsers = Array.from({ length: 30 }, (_, i) =>
  Array.from({ length: 1 + (i % 3) }, (_, k) => ({ start: Date.parse(`2026-12-0${1 + ((i + 3 * k) % 9)}T09:00:00Z`) + i * 60_000, pages: [{ route: 'home', afterMinutes: 0 }] })).sort(
    (a, b) => a.start - b.start,
  ),
);

beforeAll(async () => {
  t = await startTestPayload();
  payload = t.payload;
  await incrementCounters(payload, before);
  await incrementCounters(payload, replayBrowsers(browsers, { hasRoute: () => true, hasSource: () => false }));
}, 240_000);
afterAll(async () => {
  await t?.close();
});

describe('a period that spans the change of visit definitions', () => {
  test('the history knows when counting began and when the current way began', async () => {
    expect(await getCountingHistory(payload)).toEqual({ firstDay: '2026-03-02', currentFrom: '2026-12-01' });
  });

  test('the dashboard splits the range at the change and gives browser counts only from it', async () => {
    const data = await getDashboard(payload, '2026-11-01', '2026-12-31', {}, TODAY);
    expect(data.totals.counting).toEqual({
      counted: { from: '2026-11-01', to: TODAY, days: 40 },
      oldWay: { from: '2026-11-01', to: '2026-11-30' },
      currentWay: { from: '2026-12-01', to: TODAY },
    });
    expect(data.totals.partial).toBe(true);
    expect(data.totals.uniqueVisitors).toBeNull(); // two months: no single figure
    const [november, december] = data.perMonth;
    expect(november?.uniqueVisitors).toBeNull();
    expect(december?.uniqueVisitors).toEqual({ count: 30, granularity: 'month', from: '2026-12-01', to: TODAY });
    expect(data.totals.visits).toBe(sumOf(before, 'visits', { dayPrefix: '2026-11' }) + browsers.flat().length);
  });

  test('a range counted entirely the old way has no month or year browser counts', async () => {
    const april = await getDashboard(payload, '2026-04-01', '2026-04-30', {}, TODAY);
    expect(april.totals).toMatchObject({ uniqueVisitors: null, returningVisitors: null, counting: { oldWay: { from: '2026-04-01', to: '2026-04-30' }, currentWay: null } });
    // Per day the count kept its meaning.
    const day = await getDashboard(payload, '2026-04-15', '2026-04-15', {}, TODAY);
    expect(day.totals.uniqueVisitors).toEqual({ count: sumOf(before, 'visitors', { dayPrefix: '2026-04-15' }), granularity: 'day', from: '2026-04-15', to: '2026-04-15' });
  });

  test('the annual overview counts from the first day with data and says how the year was counted', async () => {
    const o = await getAnnualOverview(payload, 2026, {}, TODAY);
    expect(o).toMatchObject({
      partial: true,
      daysCounted: 284,
      comparison: null,
      uniqueVisitors: { count: 30, from: '2026-12-01' },
      returningVisitors: { count: browsers.filter((visits) => visits.length > 1).length, from: '2026-12-01' },
    });
    expect(o.visitsPerDay).toBeCloseTo(o.visits / 284, 10);
    const text = annualReportText(o);
    expect(text).toMatch(/^In 2026 is de website sinds 2 maart tot en met 10 december [\d.]+ keer bezocht, gemiddeld [\d,]+ keer per dag\. Sinds 1 december kwamen 20 bezoekers terug\./);
    expect(text).toContain('Er is geen vergelijking met 2025, omdat het tellen pas in 2026 begon.');
    expect(text).toContain('Let op: tot en met 30 november telde de website bezoeken op de oude manier (elk tabblad een bezoek). Vanaf 1 december eindigt een bezoek na 30 minuten zonder nieuwe pagina.');
  });
});
