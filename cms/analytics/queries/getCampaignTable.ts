import type { Payload } from 'payload';
import { localApiAccess, type ReadAs, sumBy, sumCounters } from './sumCounters';

export interface SourceRow {
  code: string;
  /** The source's description in the CMS; the code when the source is unknown. */
  label: string;
  channel: string | null;
  /** Visits that arrived through this source's link or QR code. */
  visits: number;
  /** Module starts during visits that arrived through this source. */
  moduleStarts: number;
}

export interface CampaignPageRow {
  /** null groups sources whose landing page cannot be read (unpublished or deleted). */
  pageTitle: string | null;
  pagePath: string | null;
  visits: number;
  moduleStarts: number;
  sources: SourceRow[];
}

/**
 * Campaign results per landing page and source: landing visits and module starts after
 * arrival. Only sources with counts in the range are listed. Pages with the most visits first.
 */
export async function getCampaignTable(payload: Payload, from: string, to: string, readAs: ReadAs = {}): Promise<CampaignPageRow[]> {
  const rows = await sumCounters(payload, { from, to, metrics: ['sourceVisits', 'sourceModuleStarts'], period: 'all' }, readAs);
  const visits = sumBy(rows.filter((row) => row.metric === 'sourceVisits'), (row) => row.key);
  const starts = sumBy(rows.filter((row) => row.metric === 'sourceModuleStarts'), (row) => row.key);
  const codes = [...new Set([...visits.keys(), ...starts.keys()])];
  if (codes.length === 0) return [];

  const { docs: sources } = await payload.find({
    collection: 'campaign-sources',
    where: { code: { in: codes } },
    select: { code: true, label: true, channel: true, page: true },
    pagination: false,
    depth: 0,
    ...localApiAccess(readAs),
  });
  const pageIds = [...new Set(sources.map((source) => source.page).filter((id) => id != null))];
  const { docs: pages } = pageIds.length
    ? await payload.find({
        collection: 'pages',
        where: { id: { in: pageIds as (string | number)[] } },
        select: { title: true, path: true },
        pagination: false,
        depth: 0,
        ...localApiAccess(readAs),
      })
    : { docs: [] };
  const pageById = new Map(pages.map((page) => [String(page.id), page]));
  const sourceByCode = new Map(sources.map((source) => [source.code, source]));

  const byPage = new Map<string, CampaignPageRow>();
  for (const code of codes) {
    const source = sourceByCode.get(code);
    const page = source?.page != null ? pageById.get(String(source.page)) : undefined;
    const pageKey = page ? String(page.id) : '';
    const group = byPage.get(pageKey) ?? { pageTitle: page?.title ?? null, pagePath: page?.path ?? null, visits: 0, moduleStarts: 0, sources: [] };
    const row: SourceRow = {
      code,
      label: source?.label ?? code,
      channel: source?.channel ?? null,
      visits: visits.get(code) ?? 0,
      moduleStarts: starts.get(code) ?? 0,
    };
    group.sources.push(row);
    group.visits += row.visits;
    group.moduleStarts += row.moduleStarts;
    byPage.set(pageKey, group);
  }
  for (const group of byPage.values()) group.sources.sort((a, b) => b.visits - a.visits || a.code.localeCompare(b.code));
  return [...byPage.values()].sort((a, b) => b.visits - a.visits || (a.pageTitle ?? '').localeCompare(b.pageTitle ?? ''));
}
