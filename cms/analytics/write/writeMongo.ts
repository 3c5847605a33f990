import type { Payload } from 'payload';
import type { Increment } from '../ingest/metrics';

interface BulkWriteErrorLike {
  /** Operations that failed; with `ordered: true` everything from the first one on did not run. */
  writeErrors?: { index: number }[] | { index: number };
}

interface CounterModel {
  bulkWrite(operations: unknown[], options: { ordered: boolean }): Promise<unknown>;
}

/** Thrown when only part of a batch was written; `unwritten` is safe to retry. */
export class PartialWriteError extends Error {
  override name = 'PartialWriteError';
  constructor(
    readonly unwritten: Increment[],
    cause: unknown,
  ) {
    super(`${unwritten.length} counter increments were not written`, { cause });
  }
}

/**
 * Adds every increment with one `bulkWrite` of `$inc` upserts on (day, metric, key); the
 * unique compound index makes concurrent upserts of a new counter converge on one document
 * (MongoDB retries the losing upsert as an update).
 *
 * A bulk write is not one transaction, so it runs ordered: when operation k fails, 0..k-1
 * are written and k.. are not, and only the latter are handed back for a retry (never a
 * double count). A network error without that detail is rethrown as is.
 */
export async function writeMongo(payload: Payload, increments: readonly Increment[]): Promise<void> {
  const model = (payload.db as unknown as { collections: Record<string, CounterModel> }).collections[
    'analytics-counters'
  ];
  if (!model) throw new Error('The analytics-counters collection has no MongoDB model.');
  const now = new Date();
  const operations = increments.map(({ day, metric, key, count }) => ({
    updateOne: {
      filter: { day, metric, key },
      update: { $inc: { count }, $set: { updatedAt: now }, $setOnInsert: { createdAt: now } },
      upsert: true,
    },
  }));
  try {
    if (operations.length > 0) await model.bulkWrite(operations, { ordered: true });
  } catch (error) {
    const writeErrors = (error as BulkWriteErrorLike).writeErrors;
    const first = Array.isArray(writeErrors) ? writeErrors[0] : writeErrors;
    if (first && Number.isInteger(first.index)) throw new PartialWriteError(increments.slice(first.index), error);
    throw error;
  }
}
