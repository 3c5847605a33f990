import type { Payload, PayloadRequest, TypedUser, Where } from 'payload';
import type { Metric } from '../ingest/metrics';

/**
 * Whose rights a dashboard query runs with. Endpoints pass the request (or a user) and
 * `overrideAccess: false`, so the collection's `read: isAnalyst` decides; server code that
 * already checked may leave it out (the Local API default: full access).
 */
export interface ReadAs {
  req?: PayloadRequest;
  user?: TypedUser | null;
  overrideAccess?: boolean;
}

/** One stored counter. */
export interface CounterRow {
  day: string;
  metric: Metric;
  key: string;
  count: number;
}

export interface CounterFilter {
  /** First day, 'YYYY-MM-DD', included. */
  from: string;
  /** Last day, included. */
  to: string;
  metrics: readonly Metric[];
  /** Only these keys (e.g. "module:1" … for module page views). */
  keys?: readonly string[];
}

/**
 * The counters of some metrics between two days, through the Local API only (so every
 * database adapter and the collection's access rules apply). Sums are made by the callers:
 * the Local API has no aggregation, and a year is at most a few tens of thousands of rows.
 */
export async function findCounters(payload: Payload, filter: CounterFilter, readAs: ReadAs = {}): Promise<CounterRow[]> {
  const and: Where[] = [
    { day: { greater_than_equal: filter.from } },
    { day: { less_than_equal: filter.to } },
    { metric: { in: [...filter.metrics] } },
  ];
  if (filter.keys) and.push({ key: { in: [...filter.keys] } });
  const { docs } = await payload.find({
    collection: 'analytics-counters',
    where: { and },
    select: { day: true, metric: true, key: true, count: true },
    pagination: false,
    depth: 0,
    ...readAs,
  });
  return docs.map((doc) => ({ day: doc.day, metric: doc.metric, key: doc.key ?? '', count: Number(doc.count) || 0 }));
}

/** Sum of `count` per value of `by(row)`. */
export function sumBy(rows: readonly CounterRow[], by: (row: CounterRow) => string): Map<string, number> {
  const sums = new Map<string, number>();
  for (const row of rows) {
    const id = by(row);
    sums.set(id, (sums.get(id) ?? 0) + row.count);
  }
  return sums;
}
