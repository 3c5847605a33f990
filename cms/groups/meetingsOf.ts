import { type MeetingTime, meetingInstants } from './formatMeeting';

const AMSTERDAM_DAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

interface MeetingRow {
  date?: string | null;
  start?: string | null;
  end?: string | null;
}

/**
 * The calendar day of a stored date field in Amsterdam. The admin's day picker stores a
 * timestamp (midnight or noon local time, as UTC); the day people meant is the Amsterdam day.
 */
export function meetingDay(value: string): string | null {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  const time = Date.parse(value);
  return Number.isNaN(time) ? null : AMSTERDAM_DAY.format(time);
}

/**
 * A group's meetings in time order, as wall-clock times. Rows that are incomplete or
 * impossible (end before start) are left out rather than failing a whole page or email.
 */
export function meetingsOf(group: { meetings?: MeetingRow[] | null }): MeetingTime[] {
  const meetings: MeetingTime[] = [];
  for (const row of group.meetings ?? []) {
    const date = row.date ? meetingDay(row.date) : null;
    if (!date || !row.start || !row.end) continue;
    const meeting = { date, start: row.start, end: row.end };
    try {
      meetingInstants(meeting);
      meetings.push(meeting);
    } catch {
      // Skipped: the admin validates times, so this is data from before a fix.
    }
  }
  return meetings.sort((a, b) => `${a.date}${a.start}`.localeCompare(`${b.date}${b.start}`));
}

/** When the first meeting starts, or null for a group without valid meetings. */
export function firstMeetingStart(group: { meetings?: MeetingRow[] | null }): Date | null {
  const first = meetingsOf(group)[0];
  return first ? meetingInstants(first).start : null;
}

/** When the last meeting ends, or null for a group without valid meetings. */
export function lastMeetingEnd(group: { meetings?: MeetingRow[] | null }): Date | null {
  const last = meetingsOf(group).at(-1);
  return last ? meetingInstants(last).end : null;
}
