import type { Payload } from 'payload';
import type { Increment } from '../ingest/metrics';
import { capReferrers } from './capReferrers';
import { storedReferrerHosts } from './storedReferrerHosts';
import { PartialWriteError, writeMongo } from './writeMongo';
import { writeSqlite } from './writeSqlite';

export { PartialWriteError } from './writeMongo';

/**
 * The one write path of the analytics counters, and the only adapter-specific code for
 * them: atomic increments on SQLite (`payload.db.drizzle`) and on MongoDB (`bulkWrite`),
 * chosen by the adapter's name. Referrer hosts are capped per day first.
 *
 * Throws when nothing was written, or a `PartialWriteError` whose `unwritten` increments
 * (and only those) must be retried. The caller keeps the batch and restores it on failure.
 *
 * @returns the number of counters written
 */
export async function incrementCounters(payload: Payload, increments: readonly Increment[]): Promise<number> {
  if (increments.length === 0) return 0;
  const capped = capReferrers(increments, await storedReferrerHosts(payload, increments));
  const adapter = payload.db.name;
  if (adapter === 'sqlite') await writeSqlite(payload, capped);
  else if (adapter === 'mongoose') await writeMongo(payload, capped);
  else throw new Error(`Analytics counters have no writer for the "${adapter}" database adapter.`);
  return capped.length;
}

/** The increments to put back after `incrementCounters` threw. */
export function unwrittenIncrements(error: unknown, batch: Increment[]): Increment[] {
  return error instanceof PartialWriteError ? error.unwritten : batch;
}
