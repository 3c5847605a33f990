import type { Payload } from 'payload';
import type { Metric } from '../ingest/metrics';
import { localApiAccess, type ReadAs } from './sumCounters';

/**
 * When counting began, and when the current visit definitions began. Visits were once counted
 * per browser tab (and "returning" only on the first visit of a day); since the change a visit
 * ends after 30 minutes without a page view and browsers also report their first page view of
 * the month and year. The old rows cannot be recounted (no visit was ever stored), so the
 * dashboard says which way a period was counted instead.
 */
export interface CountingHistory {
  /** First day with any counter; averages start here. Null while nothing was counted. */
  firstDay: string | null;
  /**
   * First day counted the current way: the first day with a `yearVisitors` counter (on that
   * day every counted browser reported its first page view of the year). Null before then.
   */
  currentFrom: string | null;
}

async function firstDayOf(payload: Payload, readAs: ReadAs, metric?: Metric): Promise<string | null> {
  const { docs } = await payload.find({
    collection: 'analytics-counters',
    ...(metric ? { where: { metric: { equals: metric } } } : {}),
    sort: 'day',
    limit: 1,
    pagination: false,
    depth: 0,
    select: { day: true },
    ...localApiAccess(readAs),
  });
  return docs[0]?.day ?? null;
}

/** Reads the counting history (two indexed look-ups), once per request when `readAs.shared` is set. */
export function getCountingHistory(payload: Payload, readAs: ReadAs = {}): Promise<CountingHistory> {
  const known = readAs.shared?.get('countingHistory');
  if (known) return known as Promise<CountingHistory>;
  const history = (async () => {
    const [firstDay, currentFrom] = await Promise.all([firstDayOf(payload, readAs), firstDayOf(payload, readAs, 'yearVisitors')]);
    return { firstDay, currentFrom };
  })();
  readAs.shared?.set('countingHistory', history);
  return history;
}
