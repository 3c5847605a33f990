import { type ChannelHours, validSlots } from './helplineStatus';

const DAY_NAMES = ['', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'];

/**
 * Opening hours as people read them, one line per day in week order, the slots of a day
 * joined: `{ day: 'maandag', times: '09:00–17:00 en 19:00–21:00' }`. Days without slots are
 * left out; slots that touch are read as one (09:00–12:00 + 12:00–17:00 is 09:00–17:00).
 */
export function describeOpeningHours(hours: ChannelHours): { day: string; times: string }[] {
  const slots = validSlots(hours);
  const lines: { day: string; times: string }[] = [];
  for (let weekday = 1; weekday <= 7; weekday++) {
    const merged: { opens: string; closes: string }[] = [];
    for (const slot of slots.filter((s) => s.weekday === weekday)) {
      const last = merged.at(-1);
      // Same-length 'HH:MM' strings compare like times.
      if (last && slot.opens <= last.closes) last.closes = [last.closes, slot.closes].sort().at(-1) ?? last.closes;
      else merged.push({ opens: slot.opens, closes: slot.closes });
    }
    if (merged.length === 0) continue;
    const parts = merged.map((s) => `${s.opens}–${s.closes}`);
    const times = parts.length === 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} en ${parts.at(-1)}`;
    lines.push({ day: DAY_NAMES[weekday] ?? '', times });
  }
  return lines;
}
