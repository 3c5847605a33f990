import { describe, expect, test } from 'vitest';
import type { ChannelHoursView, Weekday } from '../../cms/siteData/types';
import { summarizeHours } from '../../site/lib/summarizeHours';

const slot = (weekday: number, opens: string, closes: string) => ({ weekday: weekday as Weekday, opens, closes });

describe('summarizeHours', () => {
  test('groups weekdays with the same hours into runs', () => {
    const phone: ChannelHoursView = {
      slots: [...[1, 2, 3, 4, 5].map((d) => slot(d, '09:00', '17:00')), ...[1, 2, 3].map((d) => slot(d, '19:00', '21:00'))],
      closedDates: [],
    };
    const chat: ChannelHoursView = { slots: [slot(6, '10:00', '12:00'), slot(1, '10:00', '12:00')], closedDates: [] };
    expect(summarizeHours(phone)).toBe('ma–vr 09:00–17:00; ma–wo 19:00–21:00');
    expect(summarizeHours(chat)).toBe('ma, za 10:00–12:00');
  });

  test('is empty for a channel without hours, or without the channel', () => {
    expect(summarizeHours({ slots: [], closedDates: [] })).toBe('');
    expect(summarizeHours(undefined)).toBe('');
  });
});
