import type { Payload } from 'payload';
import type { Increment } from '../ingest/metrics';

/**
 * The referrer hosts already stored for the days that `increments` add referrers to.
 * Read through the Local API, so it works the same on every database adapter.
 */
export async function storedReferrerHosts(
  payload: Payload,
  increments: readonly Increment[],
): Promise<Map<string, Set<string>>> {
  const days = [...new Set(increments.filter((i) => i.metric === 'referrers').map((i) => i.day))];
  const stored = new Map<string, Set<string>>();
  if (days.length === 0) return stored;
  const { docs } = await payload.find({
    collection: 'analytics-counters',
    where: { and: [{ metric: { equals: 'referrers' } }, { day: { in: days } }] },
    select: { day: true, key: true },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  });
  for (const doc of docs) {
    const hosts = stored.get(doc.day) ?? new Set<string>();
    hosts.add(doc.key ?? '');
    stored.set(doc.day, hosts);
  }
  return stored;
}
