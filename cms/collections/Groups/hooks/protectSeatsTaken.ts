import type { CollectionBeforeChangeHook } from 'payload';

/**
 * Keeps every save from writing the seat count. Payload's update writes back each field's
 * value as read at the start of the save; a seat taken meanwhile by cms/groups/capacity would
 * be lost. New groups start at zero.
 */
export const protectSeatsTaken: CollectionBeforeChangeHook = ({ data, operation }) => {
  if (operation === 'create') return { ...data, seatsTaken: 0 };
  const { seatsTaken: _ignored, ...rest } = data;
  return rest;
};
