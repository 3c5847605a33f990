import { addDays } from '../../analytics/queries/calendar';

export type PresetId = 'last30' | 'thisMonth' | 'lastMonth' | 'thisYear' | 'lastYear';

export interface DateRange {
  from: string;
  to: string;
}

/** The dashboard's date-range presets, by label. Month and year presets give exact unique visitors. */
export const PRESET_LABELS: Record<PresetId, string> = {
  last30: 'Laatste 30 dagen',
  thisMonth: 'Deze maand',
  lastMonth: 'Vorige maand',
  thisYear: 'Dit jaar',
  lastYear: 'Vorig jaar',
};

/** The range of a preset, relative to `today` ('YYYY-MM-DD' in Amsterdam). */
export function presetRange(preset: PresetId, today: string): DateRange {
  const year = Number(today.slice(0, 4));
  if (preset === 'last30') return { from: addDays(today, -29), to: today };
  if (preset === 'thisMonth') return { from: `${today.slice(0, 7)}-01`, to: today };
  if (preset === 'lastMonth') {
    const lastOfPrevious = addDays(`${today.slice(0, 7)}-01`, -1);
    return { from: `${lastOfPrevious.slice(0, 7)}-01`, to: lastOfPrevious };
  }
  if (preset === 'thisYear') return { from: `${year}-01-01`, to: today };
  return { from: `${year - 1}-01-01`, to: `${year - 1}-12-31` };
}
