import { describe, expect, test } from 'vitest';
import { createCounterBuffer } from '../../cms/analytics/counterBuffer';
import type { Increment } from '../../cms/analytics/ingest/metrics';

const inc = (metric: Increment['metric'], key: string, count = 1, day = '2024-11-05'): Increment => ({
  day,
  metric,
  key,
  count,
});

const sorted = (increments: Increment[]) =>
  [...increments].sort((a, b) => `${a.day}${a.metric}${a.key}`.localeCompare(`${b.day}${b.metric}${b.key}`));

describe('createCounterBuffer', () => {
  test('merges increments with the same day, metric and key', () => {
    const buffer = createCounterBuffer();
    buffer.add([inc('pageviews', 'home'), inc('visits', '')]);
    buffer.add([inc('pageviews', 'home', 2), inc('pageviews', 'module:6')]);
    buffer.add([inc('pageviews', 'home', 1, '2024-11-06')]);
    expect(buffer.size()).toBe(4);
    expect(sorted(buffer.drain())).toEqual([
      inc('pageviews', 'home', 3),
      inc('pageviews', 'module:6'),
      inc('visits', ''),
      inc('pageviews', 'home', 1, '2024-11-06'),
    ]);
  });

  test('drain returns everything and leaves the buffer empty', () => {
    const buffer = createCounterBuffer();
    buffer.add([inc('visitors', ''), inc('referrers', 'example.com')]);
    expect(buffer.drain()).toHaveLength(2);
    expect(buffer.size()).toBe(0);
    expect(buffer.drain()).toEqual([]);
  });

  test('does not lose increments added while a drained batch is being written', async () => {
    const buffer = createCounterBuffer();
    buffer.add([inc('pageviews', 'home', 5)]);
    const write = async (batch: Increment[]) => {
      await Promise.resolve();
      buffer.add([inc('pageviews', 'home'), inc('moduleStarts', '3')]); // a beacon mid-write
      return batch;
    };
    const written = await write(buffer.drain());
    expect(written).toEqual([inc('pageviews', 'home', 5)]);
    expect(sorted(buffer.drain())).toEqual([inc('moduleStarts', '3'), inc('pageviews', 'home')]);
  });

  test('restore puts a failed batch back, merged with what arrived meanwhile', () => {
    const buffer = createCounterBuffer();
    buffer.add([inc('pageviews', 'home', 5), inc('visits', '', 2)]);
    const batch = buffer.drain();
    buffer.add([inc('pageviews', 'home')]);
    buffer.restore(batch); // the database write failed
    expect(sorted(buffer.drain())).toEqual([inc('pageviews', 'home', 6), inc('visits', '', 2)]);
  });

  test('does not let a caller change buffered counts through the objects it passed or got', () => {
    const buffer = createCounterBuffer();
    const mine = { ...inc('pageviews', 'home') };
    buffer.add([mine]);
    (mine as { count: number }).count = 100;
    buffer.add([inc('pageviews', 'home')]);
    expect(buffer.drain()).toEqual([inc('pageviews', 'home', 2)]);
  });

  test('rejects counts that are not positive integers', () => {
    const buffer = createCounterBuffer();
    for (const count of [0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => buffer.add([inc('visits', '', count)])).toThrow(RangeError);
    }
    expect(buffer.size()).toBe(0);
  });
});
