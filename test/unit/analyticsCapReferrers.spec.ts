import { describe, expect, test } from 'vitest';
import type { Increment } from '../../cms/analytics/ingest/metrics';
import { capReferrers } from '../../cms/analytics/write/capReferrers';
import { mergeIncrements } from '../../cms/analytics/write/mergeIncrements';

const DAY = '2024-11-05';
const ref = (key: string, count = 1, day = DAY): Increment => ({ day, metric: 'referrers', key, count });
const byKey = (increments: Increment[]) => Object.fromEntries(increments.map((i) => [`${i.day}|${i.metric}|${i.key}`, i.count]));

describe('capReferrers', () => {
  test('keeps hosts up to the cap and counts the rest under other', () => {
    const result = capReferrers([ref('a.nl'), ref('b.nl', 2), ref('c.nl', 3)], new Map(), 2);
    expect(byKey(result)).toEqual({ [`${DAY}|referrers|a.nl`]: 1, [`${DAY}|referrers|b.nl`]: 2, [`${DAY}|referrers|other`]: 3 });
  });

  test('hosts already stored keep counting when the day is full', () => {
    const stored = new Map([[DAY, new Set(['a.nl', 'b.nl'])]]);
    const result = capReferrers([ref('b.nl'), ref('z.nl', 4)], stored, 2);
    expect(byKey(result)).toEqual({ [`${DAY}|referrers|b.nl`]: 1, [`${DAY}|referrers|other`]: 4 });
  });

  test('does not count the stored other bucket as a host', () => {
    const stored = new Map([[DAY, new Set(['a.nl', 'other'])]]);
    expect(byKey(capReferrers([ref('b.nl')], stored, 2))).toEqual({ [`${DAY}|referrers|b.nl`]: 1 });
  });

  test('caps each day on its own and leaves other metrics alone', () => {
    const visits: Increment = { day: DAY, metric: 'visits', key: '', count: 7 };
    const result = capReferrers([ref('a.nl'), ref('b.nl'), ref('b.nl', 1, '2024-11-06'), visits], new Map(), 1);
    expect(byKey(result)).toEqual({
      [`${DAY}|referrers|a.nl`]: 1,
      [`${DAY}|referrers|other`]: 1,
      '2024-11-06|referrers|b.nl': 1,
      [`${DAY}|visits|`]: 7,
    });
  });

  test('merges renamed hosts into one other counter, as one upsert may touch a row only once', () => {
    const result = capReferrers([ref('x.nl'), ref('y.nl'), ref('other', 5)], new Map([[DAY, new Set(['a.nl'])]]), 1);
    expect(result).toEqual([ref('other', 7)]);
  });
});

describe('mergeIncrements', () => {
  test('sums equal counters and keeps different ones apart', () => {
    expect(byKey(mergeIncrements([ref('a.nl'), ref('a.nl', 2), ref('a.nl', 1, '2024-11-06')]))).toEqual({
      [`${DAY}|referrers|a.nl`]: 3,
      '2024-11-06|referrers|a.nl': 1,
    });
  });
});
