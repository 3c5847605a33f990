import type { Payload } from 'payload';
import type { Metric } from '../../ingest/metrics';
import type { CounterFilter, CounterSum } from '../sumCounters';

const PERIOD = {
  day: '$day',
  month: { $substrBytes: ['$day', 0, 7] },
  year: { $substrBytes: ['$day', 0, 4] },
  all: { $literal: '' },
} as const;

interface CounterModel {
  aggregate<T>(pipeline: unknown[]): Promise<T[]>;
}

/** One `$match` + `$group` over the counters collection (uses the (day, metric, key) index). */
export async function sumWithMongo(payload: Payload, filter: CounterFilter): Promise<CounterSum[]> {
  const model = (payload.db as unknown as { collections: Record<string, CounterModel> }).collections['analytics-counters'];
  if (!model) throw new Error('The analytics-counters collection has no MongoDB model.');
  const rows = await model.aggregate<{ _id: { period: string; metric: Metric; key: string | null }; count: number }>([
    {
      $match: {
        day: { $gte: filter.from, $lte: filter.to },
        metric: { $in: [...filter.metrics] },
        ...(filter.keys ? { key: { $in: [...filter.keys] } } : {}),
      },
    },
    { $group: { _id: { period: PERIOD[filter.period], metric: '$metric', key: '$key' }, count: { $sum: '$count' } } },
  ]);
  return rows.map(({ _id, count }) => ({ period: _id.period ?? '', metric: _id.metric, key: _id.key ?? '', count: Number(count) }));
}
