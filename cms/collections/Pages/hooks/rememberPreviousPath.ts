import type { CollectionBeforeChangeHook } from 'payload';

/**
 * When a page moves, keep its old path so printed links and QR codes go on working.
 * A path that is a page's current path again is dropped from its old ones.
 */
export const rememberPreviousPath: CollectionBeforeChangeHook = ({ data, originalDoc, operation }) => {
  if (operation !== 'update' || !originalDoc?.path || !data.path) return data;
  const previous = new Set<string>((originalDoc.previousPaths as string[] | undefined) ?? []);
  if (originalDoc.path !== data.path) previous.add(originalDoc.path);
  previous.delete(data.path);
  return { ...data, previousPaths: [...previous] };
};
