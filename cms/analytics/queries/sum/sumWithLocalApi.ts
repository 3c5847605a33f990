import type { Payload, Where } from 'payload';
import type { CounterFilter, CounterSum, ReadAs } from '../sumCounters';
import { periodOf } from './periodOf';

/**
 * The portable path: reads the rows through the Local API (with the caller's access) and
 * sums them here. Correct on every adapter, but slow for long ranges at campaign volume.
 */
export async function sumWithLocalApi(payload: Payload, filter: CounterFilter, readAs: ReadAs): Promise<CounterSum[]> {
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
  const sums = new Map<string, CounterSum>();
  for (const doc of docs) {
    const period = periodOf(doc.day, filter.period);
    const key = doc.key ?? '';
    const id = JSON.stringify([period, doc.metric, key]);
    const sum = sums.get(id) ?? { period, metric: doc.metric, key, count: 0 };
    sum.count += Number(doc.count) || 0;
    sums.set(id, sum);
  }
  return [...sums.values()];
}
