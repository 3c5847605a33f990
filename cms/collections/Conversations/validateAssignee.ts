import type { Validate } from 'payload';
import { hasRole } from '../../access/roles';
import { idOf } from '../../groups/serviceContext';

/** Only a counsellor or an administrator can handle a conversation. */
export const validateAssignee: Validate = async (value, { req }) => {
  const id = idOf(value);
  if (id === null) return true;
  const user = await req.payload.findByID({ collection: 'users', id, depth: 0, overrideAccess: true, disableErrors: true });
  return user && hasRole(user, 'counsellor') ? true : 'Kies een hulpverlener of een beheerder.';
};
