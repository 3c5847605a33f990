import type { Increment } from './ingest/metrics';

/**
 * Referrer hosts beyond the per-day cap (50 distinct hosts, enforced by the writer against
 * buffer + store) are counted under this key, so a flood of forged hosts cannot grow the
 * table.
 */
export const OTHER_REFERRER = 'other';

export interface CounterBuffer {
  /** Adds increments, merging equal (day, metric, key) counters. */
  add(increments: readonly Increment[]): void;
  /**
   * Returns all merged counters and empties the buffer in the same synchronous step, so
   * increments added while the caller awaits its write land in the next batch.
   */
  drain(): Increment[];
  /** Number of distinct (day, metric, key) counters waiting. */
  size(): number;
  /** Puts a drained batch back after a failed write; merges with anything added since. */
  restore(increments: readonly Increment[]): void;
}

/**
 * In-memory counters between beacons and the database: one write per counter per flush
 * instead of one per beacon. Nothing in it identifies a visitor.
 */
export function createCounterBuffer(): CounterBuffer {
  let counters = new Map<string, Increment>();

  const add = (increments: readonly Increment[]) => {
    for (const increment of increments) {
      if (!Number.isSafeInteger(increment.count) || increment.count <= 0) {
        throw new RangeError(`Counter increments must be positive integers, got ${increment.count}`);
      }
      // JSON of the tuple: no separator character can make two different triples collide.
      const id = JSON.stringify([increment.day, increment.metric, increment.key]);
      const { day, metric, key, count } = increment;
      counters.set(id, { day, metric, key, count: (counters.get(id)?.count ?? 0) + count });
    }
  };

  return {
    add,
    drain() {
      const drained = counters;
      counters = new Map();
      return [...drained.values()];
    },
    size: () => counters.size,
    restore: add,
  };
}
