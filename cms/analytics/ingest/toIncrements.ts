import { type Beacon, MODULE_ROUTE_PATTERN } from '../beaconSchema';
import type { Increment, Metric } from './metrics';

const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Maps an accepted beacon to counter increments for `day` ('YYYY-MM-DD', the server's
 * Europe/Amsterdam day). Visit flags count only on page views; module events count the
 * module (and its campaign source for starts).
 */
export function toIncrements(beacon: Beacon, day: string): Increment[] {
  if (!DAY_PATTERN.test(day)) throw new TypeError(`toIncrements: day must be YYYY-MM-DD, got "${day}"`);
  const increments: Increment[] = [];
  const add = (metric: Metric, key: string) => increments.push({ day, metric, key, count: 1 });

  if (beacon.event === 'pageview') {
    add('pageviews', beacon.route);
    if (beacon.newVisit) {
      add('visits', '');
      if (beacon.returning) add('returningVisits', '');
      if (beacon.referrer) add('referrers', beacon.referrer);
    }
    if (beacon.firstToday) add('visitors', '');
    if (beacon.firstThisMonth) add('monthVisitors', '');
    if (beacon.firstThisYear) add('yearVisitors', '');
    if (beacon.firstReturningThisYear) add('yearReturningVisitors', '');
    if (beacon.landing && beacon.source) add('sourceVisits', beacon.source);
    return increments;
  }

  // The schema guarantees module events carry "module:<n>".
  const moduleNumber = MODULE_ROUTE_PATTERN.exec(beacon.route)?.[1];
  if (moduleNumber === undefined) return increments;
  if (beacon.event === 'moduleStart') {
    add('moduleStarts', moduleNumber);
    if (beacon.source) add('sourceModuleStarts', beacon.source);
  } else {
    add('moduleFinishes', moduleNumber);
  }
  return increments;
}
