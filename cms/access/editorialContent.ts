import type { CollectionConfig } from 'payload';
import { isEditor } from './isEditor';
import { publishedOrEditor } from './publishedOrEditor';

/** Access for drafted content (pages, modules): the public reads published versions, editors do the rest. */
export const editorialContent: NonNullable<CollectionConfig['access']> = {
  read: publishedOrEditor,
  readVersions: isEditor,
  create: isEditor,
  update: isEditor,
  delete: isEditor,
};
