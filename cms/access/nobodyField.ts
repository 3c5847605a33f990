import type { FieldAccess } from 'payload';

/**
 * Field-level: nobody through the API or the admin. Server code writes such a field itself
 * (e.g. the seat count, kept by cms/groups/capacity with an atomic update).
 */
export const nobodyField: FieldAccess = () => false;
