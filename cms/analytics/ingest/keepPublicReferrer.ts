import { parse } from 'tldts';
import type { Beacon } from '../beaconSchema';
import { OTHER_REFERRER } from '../counterBuffer';

// Special-use names (RFC 6761, RFC 8375): never a public site, even where the list has them.
const SPECIAL_USE = new Set(['arpa', 'example', 'invalid', 'local', 'localhost', 'onion', 'test', 'internal', 'home.arpa']);

/**
 * The site name a referrer host may be stored as, or OTHER_REFERRER: the registrable domain
 * (one label under a public suffix of the ICANN section of the Public Suffix List), so
 * `www.nu.nl` and `m.nu.nl` count as `nu.nl`. Everything that is not a public site name is
 * "other": IP literals (`192.168.1.1`), single-label and internal names (`intranet`,
 * `router.local`), and hosts under a suffix that is no public one. Sub-labels are never kept,
 * so a host shaped like a person (`jan.jansen.gmail.com`) is stored as `gmail.com`.
 */
export function publicSiteName(host: string): string {
  const parsed = parse(host, { allowPrivateDomains: false, extractHostname: false, validateHostname: true });
  if (parsed.isIp || !parsed.isIcann || !parsed.domain || !parsed.publicSuffix) return OTHER_REFERRER;
  const topLevel = parsed.publicSuffix.split('.').at(-1) ?? '';
  if (SPECIAL_USE.has(topLevel) || SPECIAL_USE.has(parsed.publicSuffix)) return OTHER_REFERRER;
  return parsed.domain;
}

/**
 * Ingest step: replaces the beacon's referrer host with the site name that may be stored
 * (`publicSiteName`). Never drops the beacon: the visit still counts, only the host is coarsened.
 */
export function keepPublicReferrer(beacon: Beacon): Beacon {
  if (beacon.referrer === undefined) return beacon;
  return { ...beacon, referrer: publicSiteName(beacon.referrer) };
}
