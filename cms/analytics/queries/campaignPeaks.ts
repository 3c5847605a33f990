/**
 * The months with a campaign peak: at least twice the median month, and not empty. Campaigns
 * run for a few months (2020: April, November, December), so most months show the base level
 * and the median is that level; with campaigns in only a few months the median is 0 and every
 * month with campaign visits is a peak. A year without a clear peak has none.
 */
export function campaignPeaks(months: readonly { month: string; visits: number }[]): string[] {
  if (months.length === 0) return [];
  const sorted = months.map((m) => m.visits).sort((a, b) => a - b);
  const middle = sorted.length / 2;
  const median = sorted.length % 2 ? sorted[Math.floor(middle)]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return months.filter((m) => m.visits > 0 && m.visits >= 2 * median).map((m) => m.month);
}
