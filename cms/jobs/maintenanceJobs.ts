import { pruneCacheEvents } from '../lib/cacheEvents/pruneCacheEvents';
import { pruneAttemptCounters } from '../lib/rateLimit/databaseAttemptCounter';
import type { BackgroundJob } from './types';

/** Deletes cache invalidations older than an hour: every process has long applied them. */
export const pruneCacheEventsJob: BackgroundJob = {
  name: 'prune-cache-events',
  everyMs: 10 * 60_000,
  async run({ payload }) {
    return { cacheEvents: await pruneCacheEvents(payload) };
  },
};

/** Deletes rate-limit counters whose window ended (they hold only keyed hashes, but still). */
export const pruneAttemptCountersJob: BackgroundJob = {
  name: 'prune-attempt-counters',
  everyMs: 10 * 60_000,
  async run({ payload }) {
    return { attemptCounters: await pruneAttemptCounters(payload) };
  },
};
