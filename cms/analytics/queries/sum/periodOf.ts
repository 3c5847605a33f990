import type { Period } from '../sumCounters';

/** The period a 'YYYY-MM-DD' day falls in, as the aggregate paths write it. */
export function periodOf(day: string, period: Period): string {
  if (period === 'day') return day;
  if (period === 'month') return day.slice(0, 7);
  if (period === 'year') return day.slice(0, 4);
  return '';
}
