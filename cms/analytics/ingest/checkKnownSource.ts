import type { Beacon } from '../beaconSchema';
import { type Dropped, drop } from './drop';
import type { AnalyticsRegistry } from './registry';

/**
 * Step 6: a campaign source must exist in the CMS, for the same reason as routes. A beacon
 * without a source passes.
 */
export function checkKnownSource(registry: AnalyticsRegistry) {
  return (beacon: Beacon): Beacon | Dropped =>
    beacon.source === undefined || registry.hasSource(beacon.source)
      ? beacon
      : drop('unknown-source');
}
