/**
 * Whether one of the helpline's channels (phone, chat, contact form) is open now, worked out
 * in the visitor's browser from the opening hours in the CMS (global `helpline`), always in
 * Dutch time.
 */
import { amsterdamWallClock, dutchDayName } from './amsterdamTime';
import { addDays, isoWeekday } from './calendarDay';

export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** The opening hours of one channel. */
export type ChannelHours = {
  /** Opening slots per ISO weekday (1 = Monday); `closes` is the first closed minute. */
  slots: { weekday: Weekday; opens: string; closes: string }[];
  /** Holidays and other days ('YYYY-MM-DD') on which this channel is closed all day. */
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
export function validSlots(hours: ChannelHours | undefined): Slot[] {
  return listOf(hours?.slots)
    .filter((slot) => slot && TIME.test(slot.opens) && TIME.test(slot.closes) && slot.opens < slot.closes)
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
 * Whether a channel with these hours is open at `now`, with its closing time, or else the
 * next opening within 14 days. Closed dates close the whole day.
 */
export function channelStatus(hours: ChannelHours, now: Date): ChannelStatus {
  const { date: today, time } = amsterdamWallClock(now);
  const closed = new Set(listOf(hours?.closedDates).map((closedDate) => closedDate?.date));
  const slots = validSlots(hours);
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

/**
 * The status in plain Dutch: "Nu open tot 17:00", "Gesloten — weer open morgen om 09:00",
 * "Gesloten — weer open maandag om 09:00" (within a week), or with the date further ahead
 * ("maandag 5 januari").
 */
export function statusText(status: ChannelStatus, now: Date): string {
  if (status.open) return status.closesAt ? `Nu open tot ${status.closesAt}` : 'Nu open';
  if (!status.nextOpen) return 'Gesloten — de komende twee weken staan geen tijden gepland';
  const today = amsterdamWallClock(now).date;
  const { date, time } = status.nextOpen;
  let day: string;
  if (date === today) day = 'vandaag';
  else if (date === addDays(today, 1)) day = 'morgen';
  else if (date < addDays(today, 7)) day = dutchDayName(date).split(' ')[0] ?? date;
  else day = dutchDayName(date);
  return `Gesloten — weer open ${day} om ${time}`;
}
