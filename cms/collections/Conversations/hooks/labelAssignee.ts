import type { CollectionBeforeChangeHook } from 'payload';
import { idOf } from '../../../groups/serviceContext';
import { staffLabel } from '../../../contact/staffLabel';

/**
 * Keeps the name of whoever handles the conversation beside the relation: counsellors may
 * read only their own account, so the inbox could not otherwise show a colleague's name.
 */
export const labelAssignee: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  if (!('assignee' in data)) return data;
  const id = idOf(data.assignee);
  if (id === null) return { ...data, assigneeLabel: null };
  if (id === idOf(originalDoc?.assignee) && originalDoc?.assigneeLabel) return data;
  const user = await req.payload.findByID({ collection: 'users', id, depth: 0, overrideAccess: true, disableErrors: true });
  return { ...data, assigneeLabel: staffLabel(user) };
};
