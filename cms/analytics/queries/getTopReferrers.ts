import type { Payload } from 'payload';
import { OTHER_REFERRER } from '../counterBuffer';
import { type ReadAs, sumBy, sumCounters } from './sumCounters';

export interface TopReferrers {
  /** Most visits first; ties in alphabetical order. */
  hosts: { host: string; visits: number }[];
  /** Visits from hosts beyond the per-day cap and beyond `limit`. */
  other: number;
  /** All visits that came from another site. */
  total: number;
}

/** The other sites visits came from (host names only), with the rest summed as "other". */
export async function getTopReferrers(
  payload: Payload,
  from: string,
  to: string,
  readAs: ReadAs = {},
  limit = 10,
): Promise<TopReferrers> {
  const rows = await sumCounters(payload, { from, to, metrics: ['referrers'], period: 'all' }, readAs);
  const sums = sumBy(rows, (row) => row.key);
  const capped = sums.get(OTHER_REFERRER) ?? 0;
  sums.delete(OTHER_REFERRER);
  const ranked = [...sums]
    .map(([host, visits]) => ({ host, visits }))
    .sort((a, b) => b.visits - a.visits || a.host.localeCompare(b.host));
  const hosts = ranked.slice(0, limit);
  const beyond = ranked.slice(limit).reduce((sum, entry) => sum + entry.visits, 0);
  return { hosts, other: capped + beyond, total: ranked.reduce((sum, entry) => sum + entry.visits, capped) };
}
