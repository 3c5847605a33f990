/**
 * Dashboard query time over one generated year at ten times the 2022 campaign volume (and a
 * smaller year before it): `getDashboard` + `getAnnualOverview` for that year, the median of
 * three after a warm-up. Beacon ingest (rate and counted == sent) is measured through the
 * compiled server in bench/run.ts.
 */
import { getAnnualOverview } from '../cms/analytics/queries/getAnnualOverview';
import { getDashboard } from '../cms/analytics/queries/getDashboard';
import { incrementCounters } from '../cms/analytics/write/incrementCounters';
import { generateDataset } from '../test/helpers/analyticsDataset';
import { startTestPayload } from '../test/helpers/testPayload';

/** 2022 campaign clicks (PRODUCT.md): porn-site ads, Meta, Snapchat/Grindr, display. */
const CAMPAIGN_CLICKS_2022 = 235_000 + 136_000 + 22_000 + 2_163;
/** The generated dataset gives sources about half of all visits, so visits are twice the campaign visits. */
const VISITS_PER_DAY_AT_10X = Math.round((2 * 10 * CAMPAIGN_CLICKS_2022) / 365);
const BENCH_YEAR = 2025;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

export async function benchDashboard(): Promise<{ dashboardMs: number }> {
  process.env.LOG_LEVEL ??= 'silent';
  const t = await startTestPayload();
  try {
    const { payload } = t;
    const sources = Array.from({ length: 40 }, (_, i) => `bron-${i + 1}`);
    const hosts = Array.from({ length: 50 }, (_, i) => `verwijzer-${i + 1}.example`);
    const years = [
      generateDataset({ from: `${BENCH_YEAR - 1}-01-01`, to: `${BENCH_YEAR - 1}-12-31`, visitsPerDay: VISITS_PER_DAY_AT_10X / 10, sources, hosts, seed: 1 }),
      generateDataset({ from: `${BENCH_YEAR}-01-01`, to: `${BENCH_YEAR}-12-31`, visitsPerDay: VISITS_PER_DAY_AT_10X, sources, hosts, seed: 2 }),
    ];
    for (const dataset of years) {
      for (let i = 0; i < dataset.length; i += 5_000) await incrementCounters(payload, dataset.slice(i, i + 5_000));
    }
    const timeQueries = async () => {
      const started = performance.now();
      await getDashboard(payload, `${BENCH_YEAR}-01-01`, `${BENCH_YEAR}-12-31`, {}, `${BENCH_YEAR + 1}-01-15`);
      await getAnnualOverview(payload, BENCH_YEAR, {}, `${BENCH_YEAR + 1}-01-15`);
      return performance.now() - started;
    };
    await timeQueries();
    const dashboardMs = median([await timeQueries(), await timeQueries(), await timeQueries()]);

    return { dashboardMs: Math.round(dashboardMs) };
  } finally {
    await t.close();
  }
}
