import { createCounterBuffer } from '../counterBuffer';
import type { Increment } from '../ingest/metrics';

/** Sums increments of the same (day, metric, key) into one. */
export function mergeIncrements(increments: readonly Increment[]): Increment[] {
  const buffer = createCounterBuffer();
  buffer.add(increments);
  return buffer.drain();
}
