import { type MeetingTime, meetingInstants } from './formatMeeting';

export interface BuildIcsInput {
  /** Stable per group (e.g. `group-42@example.org`): re-sent files update instead of duplicate. */
  uidPrefix: string;
  /**
   * Shown in calendars, also on lock screens and shared agendas: keep it discreet, e.g.
   * "Groepsbijeenkomst" → "Groepsbijeenkomst 1 van 5".
   */
  title: string;
  /** Address, or e.g. "Online" for online groups (never the meeting link itself). */
  location: string;
  description: string;
  meetings: MeetingTime[];
  /** Names the producing organisation in PRODID; pick a discreet name. */
  organizerName: string;
  now: Date;
}

const CRLF = '\r\n';
const MAX_LINE_OCTETS = 75;
// Everything below U+0020 except TAB and LF (handled separately), plus DEL.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching them is the point
const FORBIDDEN_CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f]/g;

/**
 * Builds an iCalendar file (RFC 5545, METHOD:PUBLISH) with one event per meeting. Times are
 * written in UTC, converted from Europe/Amsterdam wall-clock time, so no VTIMEZONE is needed.
 * Events are CLASS:PRIVATE so shared calendars show them as busy only.
 *
 * @throws Error when there are no meetings or a meeting time is invalid.
 */
export function buildIcs(input: BuildIcsInput): string {
  const { uidPrefix, title, location, description, meetings, organizerName, now } = input;
  if (meetings.length === 0) throw new Error('A calendar file needs at least one meeting.');
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//${escapeText(organizerName)}//Groepsbijeenkomsten//NL`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
  ];
  meetings.forEach((meeting, index) => {
    const { start, end } = meetingInstants(meeting);
    lines.push(
      'BEGIN:VEVENT',
      `UID:${escapeText(`${uidPrefix}-${index + 1}`)}`,
      `DTSTAMP:${utcDateTime(now)}`,
      `DTSTART:${utcDateTime(start)}`,
      `DTEND:${utcDateTime(end)}`,
      `SUMMARY:${escapeText(`${title} ${index + 1} van ${meetings.length}`)}`,
      ...(location ? [`LOCATION:${escapeText(location)}`] : []),
      ...(description ? [`DESCRIPTION:${escapeText(description)}`] : []),
      'CLASS:PRIVATE',
      'STATUS:CONFIRMED',
      'TRANSP:OPAQUE',
      'END:VEVENT',
    );
  });
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}

/** TEXT value escaping (RFC 5545, 3.3.11); other control characters are not allowed at all. */
function escapeText(value: string): string {
  return value
    .replace(/\r\n?/g, '\n')
    .replace(FORBIDDEN_CONTROLS, '')
    .replace(/[\\;,]/g, (char) => `\\${char}`)
    .replace(/\n/g, '\\n');
}

/** `YYYYMMDDTHHMMSSZ` */
function utcDateTime(date: Date): string {
  if (Number.isNaN(date.getTime())) throw new Error('Invalid date in calendar file.');
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/**
 * Folds a content line into chunks of at most 75 octets (RFC 5545, 3.1); continuation lines
 * start with a space, which counts towards their 75. Never splits a UTF-8 character.
 */
function foldLine(line: string): string {
  const chunks: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8');
    if (octets + size > MAX_LINE_OCTETS) {
      chunks.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  chunks.push(current);
  return chunks.join(CRLF);
}
