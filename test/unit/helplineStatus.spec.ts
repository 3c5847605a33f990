import { describe, expect, test } from 'vitest';
import { describeOpeningHours } from '../../site/lib/describeOpeningHours';
import { type ChannelHours, type ChannelStatus, channelStatus, statusText } from '../../site/lib/helplineStatus';

type Slot = ChannelHours['slots'][number];

const weekdays = [1, 2, 3, 4, 5] as const;

// Phone on weekdays with a lunch break; chat Monday to Thursday evenings.
const hours: ChannelHours = {
  slots: [
    ...weekdays.map((weekday): Slot => ({ weekday, opens: '09:00', closes: '12:00' })),
    ...weekdays.map((weekday): Slot => ({ weekday, opens: '13:00', closes: '17:00' })),
  ],
  closedDates: [],
};
const chatHours: ChannelHours = { slots: ([1, 2, 3, 4] as const).map((weekday): Slot => ({ weekday, opens: '19:00', closes: '22:00' })), closedDates: [] };

// November 2026 is winter time (UTC+1): 2026-11-23 is a Monday.
const at = (iso: string) => new Date(iso);

function phone(now: string, custom: ChannelHours = hours): ChannelStatus {
  return channelStatus(custom, at(now));
}

describe('channelStatus', () => {
  test('is open during a slot and says until when', () => {
    expect(phone('2026-11-23T09:30:00Z')).toEqual({ open: true, closesAt: '12:00' });
    expect(phone('2026-11-23T15:59:00Z')).toEqual({ open: true, closesAt: '17:00' });
  });

  test('opens on the minute and closes on the closing minute', () => {
    expect(phone('2026-11-23T08:00:00Z').open).toBe(true);
    expect(phone('2026-11-23T07:59:59Z')).toEqual({ open: false, nextOpen: { date: '2026-11-23', weekday: 1, time: '09:00' } });
    expect(phone('2026-11-23T10:59:59Z').open).toBe(true);
    expect(phone('2026-11-23T11:00:00Z')).toEqual({ open: false, nextOpen: { date: '2026-11-23', weekday: 1, time: '13:00' } });
    expect(phone('2026-11-23T16:00:00Z')).toEqual({ open: false, nextOpen: { date: '2026-11-24', weekday: 2, time: '09:00' } });
  });

  test('treats slots that follow on without a gap as one opening', () => {
    const continuous: ChannelHours = {
      slots: [
        { weekday: 1, opens: '13:00', closes: '17:00' },
        { weekday: 1, opens: '09:00', closes: '13:00' },
        { weekday: 1, opens: '19:00', closes: '21:00' },
      ],
      closedDates: [],
    };
    expect(phone('2026-11-23T09:00:00Z', continuous)).toEqual({ open: true, closesAt: '17:00' });
    expect(phone('2026-11-23T17:00:00Z', continuous)).toEqual({ open: false, nextOpen: { date: '2026-11-23', weekday: 1, time: '19:00' } });
  });

  test('keeps channels apart: each has its own hours', () => {
    const mondayEvening = at('2026-11-23T19:30:00Z');
    expect(channelStatus(chatHours, mondayEvening)).toEqual({ open: true, closesAt: '22:00' });
    expect(channelStatus(hours, mondayEvening).open).toBe(false);
    expect(channelStatus(chatHours, at('2026-11-27T19:30:00Z')).nextOpen).toEqual({ date: '2026-11-30', weekday: 1, time: '19:00' });
  });

  test('skips the weekend when there are no slots', () => {
    expect(phone('2026-11-27T16:30:00Z')).toEqual({ open: false, nextOpen: { date: '2026-11-30', weekday: 1, time: '09:00' } });
    expect(phone('2026-11-29T12:00:00Z').nextOpen?.date).toBe('2026-11-30');
  });

  test('is closed all day on a closed date, and skips closed dates that cover the next opening day', () => {
    // Friday 25 December 2026; Monday 28 December closed too, so after Christmas Eve the
    // next opening is Tuesday 29 December.
    const christmas: ChannelHours = {
      ...hours,
      closedDates: [{ date: '2026-12-25', label: 'Eerste kerstdag' }, { date: '2026-12-28' }],
    };
    expect(phone('2026-12-25T10:00:00Z', christmas)).toEqual({ open: false, nextOpen: { date: '2026-12-29', weekday: 2, time: '09:00' } });
    expect(phone('2026-12-24T16:30:00Z', christmas).nextOpen).toEqual({ date: '2026-12-29', weekday: 2, time: '09:00' });
    expect(phone('2026-12-24T10:00:00Z', christmas).open).toBe(true);
  });

  test('looks ahead 14 days and no further', () => {
    const mondayMorning: ChannelHours = { slots: [{ weekday: 1, opens: '09:00', closes: '10:00' }], closedDates: [] };
    const now = '2026-11-23T10:00:00Z';
    expect(phone(now, mondayMorning).nextOpen?.date).toBe('2026-11-30');

    const oneClosed = { ...mondayMorning, closedDates: [{ date: '2026-11-30' }] };
    expect(phone(now, oneClosed).nextOpen?.date).toBe('2026-12-07');

    const twoClosed = { ...mondayMorning, closedDates: [{ date: '2026-11-30' }, { date: '2026-12-07' }] };
    expect(phone(now, twoClosed)).toEqual({ open: false });
    expect(phone(now, { slots: [], closedDates: [] })).toEqual({ open: false });
  });

  test('follows Amsterdam summer time from the last Sunday of March', () => {
    const sundays: ChannelHours = { slots: [{ weekday: 7, opens: '09:00', closes: '17:00' }], closedDates: [] };
    // 22 March 2026: winter time, 09:00 in Amsterdam is 08:00Z.
    expect(phone('2026-03-22T08:00:00Z', sundays).open).toBe(true);
    expect(phone('2026-03-22T07:30:00Z', sundays).open).toBe(false);
    // 29 March 2026: summer time since 01:00Z, 09:00 in Amsterdam is 07:00Z.
    expect(phone('2026-03-29T07:00:00Z', sundays)).toEqual({ open: true, closesAt: '17:00' });
    expect(phone('2026-03-29T06:59:00Z', sundays).nextOpen).toEqual({ date: '2026-03-29', weekday: 7, time: '09:00' });
    expect(phone('2026-03-29T15:00:00Z', sundays).open).toBe(false);
  });

  test('follows Amsterdam winter time from the last Sunday of October', () => {
    const sundays: ChannelHours = { slots: [{ weekday: 7, opens: '09:00', closes: '17:00' }], closedDates: [] };
    // 18 October 2026: still summer time.
    expect(phone('2026-10-18T07:00:00Z', sundays).open).toBe(true);
    // 25 October 2026: winter time since 01:00Z.
    expect(phone('2026-10-25T07:30:00Z', sundays).open).toBe(false);
    expect(phone('2026-10-25T08:00:00Z', sundays)).toEqual({ open: true, closesAt: '17:00' });
    expect(phone('2026-10-25T15:59:00Z', sundays).open).toBe(true);
  });

  test('uses the Amsterdam date near midnight, not the UTC date', () => {
    // Monday 23:30Z is already Tuesday 00:30 in Amsterdam.
    const nightSlot: ChannelHours = { slots: [{ weekday: 2, opens: '00:00', closes: '02:00' }], closedDates: [] };
    expect(channelStatus(nightSlot, at('2026-11-23T23:30:00Z'))).toEqual({ open: true, closesAt: '02:00' });
  });

  test('gives the same answer whatever zone the machine is in', () => {
    const original = process.env.TZ;
    try {
      process.env.TZ = 'America/New_York';
      expect(phone('2026-11-23T08:00:00Z')).toEqual({ open: true, closesAt: '12:00' });
      expect(phone('2026-11-23T16:30:00Z').nextOpen).toEqual({ date: '2026-11-24', weekday: 2, time: '09:00' });
    } finally {
      if (original === undefined) delete process.env.TZ;
      else process.env.TZ = original;
    }
  });

  test('reads a weekday delivered as text by the CMS select field', () => {
    const fromCms = { slots: [{ weekday: '1', opens: '09:00', closes: '17:00' }], closedDates: [] } as unknown as ChannelHours;
    expect(phone('2026-11-23T09:00:00Z', fromCms).open).toBe(true);
  });

  test('skips slots that close before they open or have no valid times', () => {
    const broken = {
      slots: [
        { weekday: 1, opens: '17:00', closes: '09:00' },
        { weekday: 1, opens: '9:00', closes: '25:00' },
        null,
      ],
      closedDates: [],
    } as unknown as ChannelHours;
    expect(phone('2026-11-23T12:00:00Z', broken)).toEqual({ open: false });
  });

  test('reads hours without lists as no hours instead of throwing', () => {
    expect(phone('2026-11-23T12:00:00Z', {} as ChannelHours)).toEqual({ open: false });
  });
});

describe('statusText', () => {
  const text = (now: string) => statusText(phone(now), at(now));

  test('says until when it is open', () => {
    expect(text('2026-11-23T09:30:00Z')).toBe('Nu open tot 12:00');
  });

  test('says today, tomorrow, or the weekday of the next opening within a week', () => {
    expect(text('2026-11-23T07:00:00Z')).toBe('Gesloten — weer open vandaag om 09:00');
    expect(text('2026-11-23T11:30:00Z')).toBe('Gesloten — weer open vandaag om 13:00');
    expect(text('2026-11-23T18:00:00Z')).toBe('Gesloten — weer open morgen om 09:00');
    expect(text('2026-11-27T18:00:00Z')).toBe('Gesloten — weer open maandag om 09:00');
    expect(text('2026-11-28T10:00:00Z')).toBe('Gesloten — weer open maandag om 09:00');
  });

  test('adds the date when the next opening is a week or more away', () => {
    const afterHolidays: ChannelHours = { ...hours, closedDates: ['2026-11-30', '2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04'].map((date) => ({ date })) };
    const now = at('2026-11-27T18:00:00Z');
    expect(statusText(channelStatus(afterHolidays, now), now)).toBe('Gesloten — weer open maandag 7 december om 09:00');
  });

  test('counts tomorrow in Amsterdam time, not UTC', () => {
    // Sunday 23:30Z is already Monday 00:30 in Amsterdam: the opening is today, not tomorrow.
    expect(text('2026-11-29T23:30:00Z')).toBe('Gesloten — weer open vandaag om 09:00');
  });

  test('says when no times are planned in the coming two weeks', () => {
    const none = channelStatus({ slots: [], closedDates: [] }, at('2026-11-23T12:00:00Z'));
    expect(statusText(none, at('2026-11-23T12:00:00Z'))).toBe('Gesloten — de komende twee weken staan geen tijden gepland');
  });
});

describe('describeOpeningHours', () => {
  test('reads the hours per day, in week order, with the slots of a day joined', () => {
    const phoneHours: ChannelHours = {
      slots: [
        { weekday: 2, opens: '09:00', closes: '17:00' },
        { weekday: 1, opens: '19:00', closes: '21:00' },
        { weekday: 1, opens: '09:00', closes: '17:00' },
        { weekday: 6, opens: '10:00', closes: '12:00' },
      ],
      closedDates: [],
    };
    expect(describeOpeningHours(phoneHours)).toEqual([
      { day: 'maandag', times: '09:00–17:00 en 19:00–21:00' },
      { day: 'dinsdag', times: '09:00–17:00' },
      { day: 'zaterdag', times: '10:00–12:00' },
    ]);
  });

  test('reads slots that touch or overlap as one, and three slots as a list', () => {
    const day = (slots: [string, string][]): ChannelHours => ({ slots: slots.map(([opens, closes]) => ({ weekday: 3, opens, closes })), closedDates: [] });
    expect(describeOpeningHours(day([['09:00', '12:00'], ['12:00', '17:00']]))).toEqual([{ day: 'woensdag', times: '09:00–17:00' }]);
    expect(describeOpeningHours(day([['09:00', '15:00'], ['10:00', '12:00']]))).toEqual([{ day: 'woensdag', times: '09:00–15:00' }]);
    expect(describeOpeningHours(day([['08:00', '09:00'], ['12:00', '13:00'], ['19:00', '20:00']]))).toEqual([
      { day: 'woensdag', times: '08:00–09:00, 12:00–13:00 en 19:00–20:00' },
    ]);
  });

  test('leaves out slots the CMS should never hold', () => {
    const broken = { slots: [{ weekday: '4', opens: '17:00', closes: '09:00' }, { weekday: '5', opens: '09:00', closes: '17:00' }], closedDates: [] } as unknown as ChannelHours;
    expect(describeOpeningHours(broken)).toEqual([{ day: 'vrijdag', times: '09:00–17:00' }]);
    expect(describeOpeningHours({} as ChannelHours)).toEqual([]);
  });
});
