import { describe, expect, test } from 'vitest';
import { dayInAmsterdam } from '../../cms/analytics/dayInAmsterdam';

describe('dayInAmsterdam', () => {
  test('puts 23:30 UTC in winter on the next day (UTC+1)', () => {
    expect(dayInAmsterdam(new Date('2024-01-15T23:30:00Z'))).toBe('2024-01-16');
    expect(dayInAmsterdam(new Date('2024-01-15T22:59:59Z'))).toBe('2024-01-15');
  });

  test('puts 22:00 UTC in summer on the next day (UTC+2)', () => {
    expect(dayInAmsterdam(new Date('2024-07-01T22:00:00Z'))).toBe('2024-07-02');
    expect(dayInAmsterdam(new Date('2024-07-01T21:59:59Z'))).toBe('2024-07-01');
  });

  test('rolls over the year at Amsterdam midnight on New Year’s Eve', () => {
    expect(dayInAmsterdam(new Date('2024-12-31T23:00:00Z'))).toBe('2025-01-01');
    expect(dayInAmsterdam(new Date('2024-12-31T22:59:59Z'))).toBe('2024-12-31');
  });

  test('follows the daylight-saving switches in March and October', () => {
    // 31 March 2024: clocks go 02:00 → 03:00; from then midnight is 22:00 UTC.
    expect(dayInAmsterdam(new Date('2024-03-31T22:30:00Z'))).toBe('2024-04-01');
    // 27 October 2024: clocks go 03:00 → 02:00; that evening midnight is 23:00 UTC.
    expect(dayInAmsterdam(new Date('2024-10-27T22:30:00Z'))).toBe('2024-10-27');
  });

  test('pads months and days to two digits', () => {
    expect(dayInAmsterdam(new Date('2024-03-04T12:00:00Z'))).toBe('2024-03-04');
  });
});
