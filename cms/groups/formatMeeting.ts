/** Wall-clock time of one group meeting in the Netherlands, as staff enter it. */
export interface MeetingTime {
  /** `YYYY-MM-DD` */
  date: string;
  /** `HH:MM`, Europe/Amsterdam */
  start: string;
  /** `HH:MM`, Europe/Amsterdam, later than `start` on the same day */
  end: string;
}

export const GROUP_TIME_ZONE = 'Europe/Amsterdam';

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)$/;

const partsFormat = new Intl.DateTimeFormat('en-US', {
  timeZone: GROUP_TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
});
const dayFormat = new Intl.DateTimeFormat('nl-NL', {
  timeZone: GROUP_TIME_ZONE,
  weekday: 'long',
  day: 'numeric',
  month: 'long',
});
const dayWithYearFormat = new Intl.DateTimeFormat('nl-NL', {
  timeZone: GROUP_TIME_ZONE,
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});
const timeFormat = new Intl.DateTimeFormat('nl-NL', {
  timeZone: GROUP_TIME_ZONE,
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/**
 * Converts a wall-clock date and time in Europe/Amsterdam to the UTC instant, following the
 * zone's daylight saving rules (Intl knows them; we do not hard-code them).
 *
 * @throws Error when the date or time is malformed or does not exist in the calendar.
 */
export function amsterdamToUtc(date: string, time: string): Date {
  const d = DATE_PATTERN.exec(date);
  const t = TIME_PATTERN.exec(time);
  if (!d || !t) throw new Error(`Invalid meeting date or time: "${date} ${time}".`);
  const [month, day] = [Number(d[2]) - 1, Number(d[3])];
  const asIfUtc = Date.UTC(Number(d[1]), month, day, Number(t[1]), Number(t[2]));
  // Date.UTC rolls 2027-02-30 over to March; a rolled-over date did not exist.
  const check = new Date(asIfUtc);
  if (check.getUTCMonth() !== month || check.getUTCDate() !== day) {
    throw new Error(`Invalid meeting date: "${date}".`);
  }
  // First guess with the offset at that moment, then correct once if it crosses a DST switch.
  const guess = asIfUtc - offsetAt(asIfUtc);
  return new Date(asIfUtc - offsetAt(guess));
}

/** Offset of Europe/Amsterdam from UTC, in milliseconds, at the given instant. */
function offsetAt(instant: number): number {
  const parts = partsFormat.formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  const wallClock = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'));
  return wallClock - Math.floor(instant / 60_000) * 60_000;
}

/** Start and end of a meeting as UTC instants. @throws Error when end is not after start. */
export function meetingInstants(meeting: MeetingTime): { start: Date; end: Date } {
  const start = amsterdamToUtc(meeting.date, meeting.start);
  const end = amsterdamToUtc(meeting.date, meeting.end);
  if (end <= start) throw new Error(`Meeting on ${meeting.date} must end after it starts.`);
  return { start, end };
}

/** A meeting in Dutch, e.g. "dinsdag 2 februari 2027, 19:30–21:30". */
export function formatMeeting(meeting: MeetingTime): string {
  const { start, end } = meetingInstants(meeting);
  return `${dayWithYearFormat.format(start)}, ${timeFormat.format(start)}–${timeFormat.format(end)}`;
}

/** Only the day, without year, for short texts such as subjects: "dinsdag 2 februari". */
export function formatMeetingDay(meeting: MeetingTime): string {
  return dayFormat.format(amsterdamToUtc(meeting.date, meeting.start));
}
