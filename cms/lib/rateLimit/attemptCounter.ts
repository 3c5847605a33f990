import type { Payload } from 'payload';
import { createMemoryAttemptCounter } from './memoryAttemptCounter';
import type { AttemptCounter } from './types';

const counters = new WeakMap<Payload, AttemptCounter>();

/**
 * The attempt counter every rate limit in the portal uses (sign-ups, contact form, login).
 * One per Payload instance.
 */
export function attemptCounter(payload: Payload): AttemptCounter {
  let counter = counters.get(payload);
  if (!counter) {
    counter = createMemoryAttemptCounter();
    counters.set(payload, counter);
  }
  return counter;
}
