import type { Access, CollectionBeforeChangeHook, PayloadRequest, Where } from 'payload';

type AccessResult = boolean | Where;

/** `{ id: { equals: X } }`, the only conditional update access the portal grants (own account). */
function ownIdOf(result: AccessResult): string | number | null {
  if (typeof result !== 'object' || result === null) return null;
  const equals = (result as { id?: { equals?: unknown } }).id?.equals;
  return Object.keys(result).length === 1 && (typeof equals === 'string' || typeof equals === 'number') ? equals : null;
}

async function updateAccess(req: PayloadRequest, slug: string, kind: 'collection' | 'global'): Promise<AccessResult> {
  const config = kind === 'collection' ? req.payload.config.collections.find((c) => c.slug === slug) : req.payload.config.globals.find((g) => g.slug === slug);
  const update = config?.access?.update as Access | undefined;
  if (!update) return false;
  return update({ req } as never) as AccessResult | Promise<AccessResult>;
}

/**
 * Read, update (take over) and delete access to a document lock: only on documents the staff
 * member may edit. As a query, so a list of locks shows only those.
 */
export const lockFollowsDocument: Access = async ({ req }) => {
  if (!req.user) return false;
  const allowed: Where[] = [];
  for (const collection of req.payload.config.collections) {
    if (collection.lockDocuments === false) continue;
    const result = await updateAccess(req, collection.slug, 'collection');
    const ownId = ownIdOf(result);
    if (result === true) allowed.push({ 'document.relationTo': { equals: collection.slug } });
    else if (ownId !== null) allowed.push({ and: [{ 'document.relationTo': { equals: collection.slug } }, { 'document.value': { equals: ownId } }] });
  }
  for (const global of req.payload.config.globals) {
    if (global.lockDocuments !== false && (await updateAccess(req, global.slug, 'global')) === true) allowed.push({ globalSlug: { equals: global.slug } });
  }
  return allowed.length > 0 ? { or: allowed } : false;
};

/** Create access to a document lock: only on a document the staff member may edit. */
export const lockOnEditableDocument: Access = async ({ req, data }) => {
  if (!req.user) return false;
  const target = data as { document?: { relationTo?: unknown; value?: unknown } | null; globalSlug?: unknown } | undefined;
  if (typeof target?.globalSlug === 'string' && target.globalSlug !== '') return (await updateAccess(req, target.globalSlug, 'global')) === true;
  const relationTo = target?.document?.relationTo;
  const value = target?.document?.value;
  if (typeof relationTo !== 'string' || (typeof value !== 'string' && typeof value !== 'number')) return false;
  const result = await updateAccess(req, relationTo, 'collection');
  if (result === true) return true;
  const ownId = ownIdOf(result);
  return ownId !== null && String(ownId) === String(value);
};

/**
 * A lock is always held by the person who sets it: never in someone else's name, and an
 * update (taking a lock over) cannot move it to another document.
 */
export const lockHeldByRequester: CollectionBeforeChangeHook = ({ req, data, originalDoc, operation }) => {
  if (!req.user) return data;
  const held: Record<string, unknown> = { ...data, user: { relationTo: req.user.collection, value: req.user.id } };
  if (operation === 'update' && originalDoc) {
    held.document = originalDoc.document;
    held.globalSlug = originalDoc.globalSlug;
  }
  return held;
};
