import type { ChannelHoursView } from '../../cms/siteData/types';

const SHORT_DAYS = ['', 'ma', 'di', 'wo', 'do', 'vr', 'za', 'zo'];

/** "ma–vr" for a run of three or more days, "ma, di" for one or two. */
function dayRuns(days: number[]): string {
  const sorted = [...new Set(days)].sort((a, b) => a - b);
  const runs: number[][] = [];
  for (const day of sorted) {
    const last = runs.at(-1);
    if (last && day === (last.at(-1) ?? 0) + 1) last.push(day);
    else runs.push([day]);
  }
  return runs
    .map((run) => (run.length >= 3 ? `${SHORT_DAYS[run[0] ?? 0]}–${SHORT_DAYS[run.at(-1) ?? 0]}` : run.map((d) => SHORT_DAYS[d]).join(', ')))
    .join(', ');
}

/**
 * The weekly opening hours of one channel in a few words, for a printed plan:
 * "ma–vr 09:00–17:00; ma–wo 19:00–21:00". Empty when the channel has no hours.
 */
export function summarizeHours(hours: ChannelHoursView | undefined): string {
  const byTime = new Map<string, number[]>();
  for (const slot of hours?.slots ?? []) {
    const time = `${slot.opens}–${slot.closes}`;
    byTime.set(time, [...(byTime.get(time) ?? []), slot.weekday]);
  }
  return [...byTime.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([time, days]) => `${dayRuns(days)} ${time}`)
    .join('; ');
}
