/**
 * Passed as `context` by the support-group services. Collection hooks that react to staff
 * edits in the admin (seat bookkeeping, status changes) leave such writes alone: the service
 * has already done the atomic part itself.
 */
export const SERVICE_CONTEXT = { groupService: true } as const;

/** True when the write comes from a support-group service rather than from staff. */
export function isServiceWrite(context: Record<string, unknown> | undefined): boolean {
  return context?.groupService === true;
}

/** A relationship value as stored or as populated: the id either way. */
export function idOf(value: unknown): number | string | null {
  if (value && typeof value === 'object' && 'id' in value) return (value as { id: number | string }).id;
  return typeof value === 'number' || typeof value === 'string' ? value : null;
}
