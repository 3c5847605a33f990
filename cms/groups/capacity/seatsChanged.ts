import type { Payload } from 'payload';
import { invalidateCache } from '../../lib/cacheBus';

/**
 * The group pages show availability, so a changed seat count drops them from the HTML cache of
 * every server process. Returns `changed` for the caller's convenience.
 */
export function seatsChanged(payload: Payload, changed: boolean): boolean {
  if (changed) invalidateCache(['groups'], payload);
  return changed;
}
