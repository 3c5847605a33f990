import type { CollectionBeforeChangeHook } from 'payload';
import { isServiceWrite } from '../../../groups/serviceContext';

/**
 * Writes the status only when staff actually change it. Payload's update writes back every
 * field as read at the start of the save, which would undo a status that a service changed
 * meanwhile (a cancellation, an accepted offer). Services change status with their own
 * atomic update (cms/groups/capacity/switchStatus) and never through a save.
 */
export const guardStatus: CollectionBeforeChangeHook = ({ data, originalDoc, operation, context }) => {
  if (operation === 'create') return { ...data, statusChangedAt: data.statusChangedAt ?? new Date().toISOString() };
  if (isServiceWrite(context) || data.status === undefined || data.status === originalDoc?.status) {
    const { status: _status, statusChangedAt: _changedAt, ...rest } = data;
    return rest;
  }
  return { ...data, statusChangedAt: new Date().toISOString() };
};
