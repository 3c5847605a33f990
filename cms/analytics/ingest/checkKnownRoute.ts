import type { Beacon } from '../beaconSchema';
import { type Dropped, drop } from './drop';
import type { AnalyticsRegistry } from './registry';

/**
 * Step 5: only routes the CMS knows are counted, so a forged beacon cannot create
 * arbitrary counter keys (and arbitrary rows in the dashboard).
 */
export function checkKnownRoute(registry: AnalyticsRegistry) {
  return (beacon: Beacon): Beacon | Dropped =>
    registry.hasRoute(beacon.route) ? beacon : drop('unknown-route');
}
