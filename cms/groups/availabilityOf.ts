import type { Availability } from './types';

/** "Almost full" from this many free places down; groups are small, so a count says too much. */
const ALMOST_FULL_AT = 2;

/**
 * The public availability of a group: a word, never a number of people. Held offers count as
 * taken, so a group that is full with an open offer stays "full".
 */
export function availabilityOf(capacity: number, seatsTaken: number): Availability {
  const free = Math.max(0, (Number(capacity) || 0) - (Number(seatsTaken) || 0));
  if (free === 0) return 'full';
  return free <= ALMOST_FULL_AT ? 'almostFull' : 'free';
}
