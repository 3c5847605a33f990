/**
 * Whether the helpline's phone or chat is open now, worked out in the visitor's browser
 * from the opening hours in the CMS (global `helpline`), always in Dutch time.
 */
import { amsterdamWallClock, dutchDayName } from './amsterdamTime';
import { addDays, isoWeekday } from './calendarDay';

export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;
export type HelplineChannel = 'phone' | 'chat';

export type HelplineHours = {
  /** Opening hours per channel and ISO weekday (1 = Monday); `closes` is the first closed minute. */
  slots: { channel: HelplineChannel; weekday: Weekday; opens: string; closes: string }[];
  /** Holidays and other days on which both channels are closed all day. */
  closedDates: { date: string; label?: string }[];
};

export interface ChannelStatus {
  open: boolean;
  /** When open: the time it closes (slots that follow on without a gap count as one). */
  closesAt?: string;
  /** When closed: the next opening within the lookahead, if any. */
  nextOpen?: { date: string; weekday: Weekday; time: string };
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const LOOKAHEAD_DAYS = 14;

type Slot = { weekday: number; opens: string; closes: string };

// The hours arrive as JSON in a data attribute: anything the CMS should never hold (missing
// lists, bad times, closing before opening) is skipped rather than breaking the page.
// Same-length 'HH:MM' strings compare like times. Payload's select field delivers the
// weekday as a string ('1'), so it is read as a number.
function slotsOf(hours: HelplineHours, channel: HelplineChannel): Slot[] {
  return listOf(hours?.slots)
    .filter((slot) => slot?.channel === channel && TIME.test(slot.opens) && TIME.test(slot.closes) && slot.opens < slot.closes)
    .map((slot) => ({ weekday: Number(slot.weekday), opens: slot.opens, closes: slot.closes }))
    .sort((a, b) => a.opens.localeCompare(b.opens));
}

function listOf<T>(value: T[] | undefined): T[] {
  return Array.isArray(value) ? value : [];
}

function closingTime(daySlots: Slot[], current: Slot): string {
  let closes = current.closes;
  // Sorted by opening time, so one pass follows a chain such as 09:00–12:00 + 12:00–17:00.
  for (const slot of daySlots) if (slot.opens <= closes && slot.closes > closes) closes = slot.closes;
  return closes;
}

/**
 * Whether `channel` is open at `now`, with its closing time, or else the next opening within
 * 14 days. Closed dates close the whole day.
 */
export function channelStatus(hours: HelplineHours, channel: HelplineChannel, now: Date): ChannelStatus {
  const { date: today, time } = amsterdamWallClock(now);
  const closed = new Set(listOf(hours?.closedDates).map((closedDate) => closedDate?.date));
  const slots = slotsOf(hours, channel);
  const slotsOn = (day: string) => (closed.has(day) ? [] : slots.filter((slot) => slot.weekday === isoWeekday(day)));

  const todaySlots = slotsOn(today);
  const current = todaySlots.find((slot) => slot.opens <= time && time < slot.closes);
  if (current) return { open: true, closesAt: closingTime(todaySlots, current) };

  for (let offset = 0; offset <= LOOKAHEAD_DAYS; offset++) {
    const day = addDays(today, offset);
    const next = slotsOn(day).find((slot) => offset > 0 || slot.opens > time);
    if (next) return { open: false, nextOpen: { date: day, weekday: isoWeekday(day), time: next.opens } };
  }
  return { open: false };
}

/** The status in plain Dutch, e.g. "Nu open tot 17:00" or "Gesloten. Weer open morgen om 09:00". */
export function statusText(status: ChannelStatus, now: Date): string {
  if (status.open) return status.closesAt ? `Nu open tot ${status.closesAt}` : 'Nu open';
  if (!status.nextOpen) return 'Gesloten. De komende twee weken staan geen tijden gepland.';
  const today = amsterdamWallClock(now).date;
  const { date, time } = status.nextOpen;
  const day = date === today ? 'vandaag' : date === addDays(today, 1) ? 'morgen' : dutchDayName(date);
  return `Gesloten. Weer open ${day} om ${time}`;
}
