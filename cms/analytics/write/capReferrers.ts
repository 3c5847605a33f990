import { OTHER_REFERRER } from '../counterBuffer';
import type { Increment } from '../ingest/metrics';
import { mergeIncrements } from './mergeIncrements';

/** Distinct referrer hosts kept per day; the rest is counted under OTHER_REFERRER. */
export const MAX_REFERRER_HOSTS_PER_DAY = 50;

/**
 * Keeps at most `cap` distinct referrer hosts per day, counting hosts beyond that under
 * 'other'. Hosts already stored for the day keep counting; new hosts are admitted in the
 * order they appear until the day is full. Without this, forged beacons with random hosts
 * could grow the table without bound.
 *
 * @param existing hosts already stored, per day (from the database)
 * @returns the increments with over-cap hosts renamed and equal counters merged, because one
 *   SQL upsert statement may not touch the same row twice
 */
export function capReferrers(
  increments: readonly Increment[],
  existing: ReadonlyMap<string, ReadonlySet<string>>,
  cap = MAX_REFERRER_HOSTS_PER_DAY,
): Increment[] {
  const admitted = new Map<string, Set<string>>();
  const hostsOf = (day: string) => {
    let hosts = admitted.get(day);
    if (!hosts) {
      hosts = new Set([...(existing.get(day) ?? [])].filter((host) => host !== OTHER_REFERRER));
      admitted.set(day, hosts);
    }
    return hosts;
  };

  const capped = increments.map((increment) => {
    if (increment.metric !== 'referrers' || increment.key === OTHER_REFERRER) return increment;
    const hosts = hostsOf(increment.day);
    if (hosts.has(increment.key)) return increment;
    if (hosts.size < cap) {
      hosts.add(increment.key);
      return increment;
    }
    return { ...increment, key: OTHER_REFERRER };
  });
  return mergeIncrements(capped);
}
