import type { Payload } from 'payload';
import { ATTEMPT_COUNTERS, createDatabaseAttemptCounter } from './databaseAttemptCounter';
import { createMemoryAttemptCounter } from './memoryAttemptCounter';
import type { AttemptCounter } from './types';

const counters = new WeakMap<Payload, AttemptCounter>();

/**
 * The attempt counter every rate limit in the portal uses (sign-ups, contact form, login).
 * One per Payload instance, kept in the database so every server process counts together
 * (see databaseAttemptCounter.ts). A Payload without the `attempt-counters` collection (a
 * stripped-down test config) gets the in-memory counter.
 */
export function attemptCounter(payload: Payload): AttemptCounter {
  let counter = counters.get(payload);
  if (!counter) {
    counter = payload.collections?.[ATTEMPT_COUNTERS as never] ? createDatabaseAttemptCounter(payload) : createMemoryAttemptCounter();
    counters.set(payload, counter);
  }
  return counter;
}
