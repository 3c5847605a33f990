import ICAL from 'ical.js';
import { describe, expect, test } from 'vitest';
import { type BuildIcsInput, buildIcs } from '../../cms/groups/buildIcs';

const evening = (date: string) => ({ date, start: '19:30', end: '21:30' });

function input(overrides: Partial<BuildIcsInput> = {}): BuildIcsInput {
  return {
    uidPrefix: 'group-42@groepen.example.org',
    title: 'Groepsbijeenkomst',
    location: 'Oudegracht 1, Utrecht',
    description: 'Neem gerust iets te drinken mee.',
    meetings: ['2027-02-02', '2027-03-02', '2027-03-30', '2027-04-27', '2027-06-01'].map(evening),
    organizerName: 'Groepen',
    now: new Date('2027-01-10T09:15:00Z'),
    ...overrides,
  };
}

function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const events = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
  return { calendar, events };
}

describe('buildIcs', () => {
  test('publishes one event per meeting in a valid calendar', () => {
    const { calendar, events } = parse(buildIcs(input()));
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(calendar.getFirstPropertyValue('prodid')).toBe('-//Groepen//Groepsbijeenkomsten//NL');
    expect(events).toHaveLength(5);
  });

  test('gives every event a discreet numbered summary, a stable unique UID and DTSTAMP', () => {
    const { events } = parse(buildIcs(input()));
    expect(events.map((e) => e.summary)).toEqual([1, 2, 3, 4, 5].map((n) => `Groepsbijeenkomst ${n} van 5`));
    expect(events.map((e) => e.uid)).toEqual([1, 2, 3, 4, 5].map((n) => `group-42@groepen.example.org-${n}`));
    const stamps = events.map((e) => e.component.getFirstPropertyValue('dtstamp')?.toString());
    expect(stamps).toEqual(Array(5).fill('2027-01-10T09:15:00Z'));
    expect(events.map((e) => e.component.getFirstPropertyValue('class'))).toEqual(Array(5).fill('PRIVATE'));
  });

  test('converts Amsterdam wall-clock time to UTC in winter and in summer', () => {
    const { events } = parse(buildIcs(input()));
    const starts = events.map((e) => e.startDate.toJSDate().toISOString());
    const ends = events.map((e) => e.endDate.toJSDate().toISOString());
    expect(events.every((e) => e.startDate.zone === ICAL.Timezone.utcTimezone)).toBe(true);
    expect(starts[0]).toBe('2027-02-02T18:30:00.000Z');
    expect(ends[0]).toBe('2027-02-02T20:30:00.000Z');
    expect(starts[4]).toBe('2027-06-01T17:30:00.000Z');
    expect(ends[4]).toBe('2027-06-01T19:30:00.000Z');
  });

  test('uses the right offset on the days daylight saving time starts and ends', () => {
    const ics = buildIcs(input({ meetings: [evening('2027-03-28'), evening('2027-10-31')] }));
    const starts = parse(ics).events.map((e) => e.startDate.toJSDate().toISOString());
    expect(starts).toEqual(['2027-03-28T17:30:00.000Z', '2027-10-31T18:30:00.000Z']);
    expect(ics).toContain('DTSTART:20270328T173000Z\r\n');
  });

  test('uses the offset of the wall-clock time itself in the hours around a switch', () => {
    const early = (date: string) => ({ date, start: '01:30', end: '01:45' });
    const ics = buildIcs(input({ meetings: [early('2027-03-28'), early('2027-10-31')] }));
    const starts = parse(ics).events.map((e) => e.startDate.toJSDate().toISOString());
    expect(starts).toEqual(['2027-03-28T00:30:00.000Z', '2027-10-30T23:30:00.000Z']);
  });

  test('escapes commas, semicolons, backslashes and newlines in text values', () => {
    const location = 'Zaal 2; Oudegracht 1, Utrecht';
    const description = 'Eerste regel\nTweede regel, met komma; en puntkomma\\slash';
    const ics = buildIcs(input({ location, description }));
    expect(ics).toContain('LOCATION:Zaal 2\\; Oudegracht 1\\, Utrecht\r\n');
    expect(ics).toContain('DESCRIPTION:Eerste regel\\nTweede regel\\, met komma\\; en puntkomma\\\\slash\r\n');
    const [event] = parse(ics).events;
    expect(event?.location).toBe(location);
    expect(event?.description).toBe(description);
  });

  test('folds long lines to at most 75 octets without breaking characters', () => {
    const description = `Welkom bij de groep. ${'Café, één ruimte 👋 — '.repeat(20)}Tot dan.`;
    const ics = buildIcs(input({ description }));
    const lines = ics.split('\r\n');
    expect(lines.length).toBeGreaterThan(40);
    for (const line of lines) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(lines.some((line) => line.startsWith(' '))).toBe(true);
    expect(ics).not.toContain('\uFFFD');
    expect(parse(ics).events[0]?.description).toBe(description);
  });

  test('ends every line, including the last, with CRLF', () => {
    const ics = buildIcs(input());
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  test('leaves out location and description when they are empty', () => {
    const ics = buildIcs(input({ location: '', description: '' }));
    expect(ics).not.toContain('LOCATION');
    expect(ics).not.toContain('DESCRIPTION');
  });

  test('throws when there are no meetings or a meeting time is impossible', () => {
    expect(() => buildIcs(input({ meetings: [] }))).toThrow(/at least one meeting/);
    for (const date of ['2027-02-30', '2027-13-01', '2027-00-10']) {
      expect(() => buildIcs(input({ meetings: [{ date, start: '19:30', end: '21:30' }] }))).toThrow(
        /Invalid meeting date/,
      );
    }
    expect(() => buildIcs(input({ meetings: [{ date: '2027-02-02', start: '19:30', end: '19:00' }] }))).toThrow(
      /end after it starts/,
    );
    expect(() => buildIcs(input({ meetings: [{ date: '2027-02-02', start: '7:30', end: '21:00' }] }))).toThrow(
      /Invalid meeting date or time/,
    );
  });
});
