import type { Increment, Metric } from '../../cms/analytics/ingest/metrics';
import { daysInRange } from '../../cms/analytics/queries/calendar';

/** Deterministic pseudo-random numbers (mulberry32), so a failing dataset can be reproduced. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export interface DatasetOptions {
  from: string;
  to: string;
  /** Average visits per day; campaign counts scale with it. */
  visitsPerDay: number;
  sources: readonly string[];
  /** Referrer hosts; keep ≤ 50 so the per-day cap does not rename any. */
  hosts: readonly string[];
  seed?: number;
  modules?: number;
}

/**
 * One counter per (day, metric, key) with random counts, shaped like real traffic:
 * returning ≤ visits, visitors ≤ visits, module starts ≤ views, finishes ≤ starts.
 * The dashboard must report exactly the sums of this list.
 */
export function generateDataset(options: DatasetOptions): Increment[] {
  const random = seededRandom(options.seed ?? 42);
  const between = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
  const modules = options.modules ?? 17;
  const increments: Increment[] = [];
  const add = (day: string, metric: Metric, key: string, count: number) => {
    if (count > 0) increments.push({ day, metric, key, count });
  };
  for (const day of daysInRange(options.from, options.to)) {
    const visits = between(Math.round(options.visitsPerDay * 0.5), Math.round(options.visitsPerDay * 1.5));
    add(day, 'visits', '', visits);
    add(day, 'returningVisits', '', between(0, Math.round(visits * 0.3)));
    add(day, 'visitors', '', between(Math.round(visits * 0.6), visits));
    add(day, 'pageviews', 'home', between(0, visits));
    add(day, 'pageviews', 'course', between(0, visits));
    for (let module = 1; module <= modules; module += 1) {
      const views = between(0, Math.round(visits / 4) + module);
      const starts = between(0, views);
      add(day, 'pageviews', `module:${module}`, views);
      add(day, 'moduleStarts', String(module), starts);
      add(day, 'moduleFinishes', String(module), between(0, starts));
    }
    for (const source of options.sources) {
      const landings = between(0, Math.round(visits / options.sources.length));
      add(day, 'sourceVisits', source, landings);
      add(day, 'sourceModuleStarts', source, between(0, Math.round(landings / 3)));
    }
    for (const host of options.hosts) add(day, 'referrers', host, between(0, Math.round(visits / 10)));
  }
  return increments;
}

/** Sum of the dataset's counts for one metric (and key), optionally only days with a prefix. */
export function sumOf(dataset: readonly Increment[], metric: Metric, options: { key?: string; dayPrefix?: string } = {}): number {
  let sum = 0;
  for (const i of dataset) {
    if (i.metric !== metric) continue;
    if (options.key !== undefined && i.key !== options.key) continue;
    if (options.dayPrefix !== undefined && !i.day.startsWith(options.dayPrefix)) continue;
    sum += i.count;
  }
  return sum;
}
