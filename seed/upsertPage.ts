import type { Payload } from 'payload';

/** Creates or updates (by path) a published page; returns its id. */
export async function upsertPage(payload: Payload, data: Record<string, unknown>): Promise<string | number> {
  const { docs } = await payload.find({ collection: 'pages', where: { path: { equals: data.path as string } }, limit: 1, depth: 0, draft: true, overrideAccess: true });
  const context = { skipSideEffects: true };
  const full = { ...data, _status: 'published' };
  if (docs[0]) {
    await payload.update({ collection: 'pages', id: docs[0].id, data: full as never, overrideAccess: true, context });
    return docs[0].id;
  }
  const created = await payload.create({ collection: 'pages', data: full as never, overrideAccess: true, context });
  return created.id;
}

/**
 * Creates the campaign's sources that do not exist yet, and corrects the label of those that do
 * (the first edition described the posters wrongly). Codes are never changed or reused.
 */
export async function ensureSources(
  payload: Payload,
  pageId: string | number,
  sources: { code: string; label: string; channel: 'banner' | 'poster' | 'social' | 'display' | 'other' }[],
): Promise<void> {
  const context = { skipSideEffects: true };
  for (const source of sources) {
    const { docs } = await payload.find({ collection: 'campaign-sources', where: { code: { equals: source.code } }, limit: 1, depth: 0, overrideAccess: true });
    const existing = docs[0] as { id: string | number; label?: string } | undefined;
    if (!existing) {
      await payload.create({ collection: 'campaign-sources', data: { ...source, page: pageId } as never, overrideAccess: true, context });
    } else if (existing.label !== source.label) {
      await payload.update({ collection: 'campaign-sources', id: existing.id, data: { label: source.label } as never, overrideAccess: true, context });
    }
  }
}
