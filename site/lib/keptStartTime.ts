/**
 * The moment the sign-up form was first opened, as posted back in its hidden `startedAt`
 * field, so the form shown again after an error keeps it: the minimum fill time
 * (cms/groups/lifetimes.ts) counts from the first time the form was opened, and correcting
 * a typo is never refused as "too fast". A value that is not a plain time in the past gives
 * undefined (the form then starts counting now). Pure.
 */
export function keptStartTime(posted: unknown, now: number): number | undefined {
  if (typeof posted !== 'string' || !/^\d{1,16}$/.test(posted.trim())) return undefined;
  const value = Number(posted.trim());
  return value > 0 && value <= now ? value : undefined;
}
