import { describe, expect, test } from 'vitest';
import type { HelplineView, Weekday } from '../../cms/siteData/types';
import { summarizeHours } from '../../site/lib/summarizeHours';

const slot = (channel: 'phone' | 'chat', weekday: number, opens: string, closes: string) => ({ channel, weekday: weekday as Weekday, opens, closes });

describe('summarizeHours', () => {
  test('groups weekdays with the same hours into runs, per channel', () => {
    const hours: HelplineView['hours'] = {
      slots: [...[1, 2, 3, 4, 5].map((d) => slot('phone', d, '09:00', '17:00')), ...[1, 2, 3].map((d) => slot('phone', d, '19:00', '21:00')), slot('chat', 6, '10:00', '12:00'), slot('chat', 1, '10:00', '12:00')],
      closedDates: [],
    };
    expect(summarizeHours(hours, 'phone')).toBe('ma–vr 09:00–17:00; ma–wo 19:00–21:00');
    expect(summarizeHours(hours, 'chat')).toBe('ma, za 10:00–12:00');
  });

  test('is empty for a channel without hours', () => {
    expect(summarizeHours({ slots: [], closedDates: [] }, 'chat')).toBe('');
  });
});
