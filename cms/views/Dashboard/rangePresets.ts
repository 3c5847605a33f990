import { addDays } from '../../analytics/queries/calendar';

export type PresetId = 'last30' | 'thisYear' | 'lastYear';

export interface DateRange {
  from: string;
  to: string;
}

/** The dashboard's date-range presets, by label. */
export const PRESET_LABELS: Record<PresetId, string> = {
  last30: 'Laatste 30 dagen',
  thisYear: 'Dit jaar',
  lastYear: 'Vorig jaar',
};

/** The range of a preset, relative to `today` ('YYYY-MM-DD' in Amsterdam). */
export function presetRange(preset: PresetId, today: string): DateRange {
  const year = Number(today.slice(0, 4));
  if (preset === 'last30') return { from: addDays(today, -29), to: today };
  if (preset === 'thisYear') return { from: `${year}-01-01`, to: today };
  return { from: `${year - 1}-01-01`, to: `${year - 1}-12-31` };
}
