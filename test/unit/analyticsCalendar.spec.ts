import { describe, expect, test } from 'vitest';
import { addDays, countDays, daysElapsed, daysInRange, isCalendarDay, monthsInRange } from '../../cms/analytics/queries/calendar';
import { periodOf } from '../../cms/analytics/queries/sum/periodOf';
import { presetRange } from '../../cms/views/Dashboard/rangePresets';

describe('calendar', () => {
  test('accepts real days only', () => {
    expect(['2024-02-29', '2023-12-31'].every(isCalendarDay)).toBe(true);
    expect(['2023-02-29', '2023-13-01', '2023-1-01', '20230101', "2023-01-01' OR 1=1", ''].some(isCalendarDay)).toBe(false);
  });

  test('adds days across months, years and the daylight saving change', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-12-31', 1)).toBe('2024-01-01');
    expect(addDays('2024-03-31', -1)).toBe('2024-03-30');
    expect(addDays('2024-10-27', 1)).toBe('2024-10-28');
  });

  test('counts days with both ends included', () => {
    expect(countDays('2023-01-01', '2023-12-31')).toBe(365);
    expect(countDays('2024-01-01', '2024-12-31')).toBe(366);
    expect(countDays('2024-01-02', '2024-01-01')).toBe(0);
    expect(daysInRange('2024-02-27', '2024-03-01')).toEqual(['2024-02-27', '2024-02-28', '2024-02-29', '2024-03-01']);
  });

  test('lists every month a range touches', () => {
    expect(monthsInRange('2023-11-15', '2024-02-01')).toEqual(['2023-11', '2023-12', '2024-01', '2024-02']);
    expect(monthsInRange('2024-05-01', '2024-05-31')).toEqual(['2024-05']);
  });

  test('averages a running range over the days so far', () => {
    expect(daysElapsed('2024-01-01', '2024-12-31', '2024-01-10')).toBe(10);
    expect(daysElapsed('2023-01-01', '2023-12-31', '2024-06-01')).toBe(365);
    expect(daysElapsed('2025-01-01', '2025-12-31', '2024-06-01')).toBe(0);
  });

  test('periodOf gives the day, month, year or nothing', () => {
    expect(['day', 'month', 'year', 'all'].map((p) => periodOf('2024-03-09', p as never))).toEqual(['2024-03-09', '2024-03', '2024', '']);
  });
});

describe('presetRange', () => {
  test('last 30 days ends today and has 30 days', () => {
    const range = presetRange('last30', '2024-03-10');
    expect(range).toEqual({ from: '2024-02-10', to: '2024-03-10' });
    expect(countDays(range.from, range.to)).toBe(30);
  });

  test('this year runs to today, last year is the whole calendar year', () => {
    expect(presetRange('thisYear', '2024-03-10')).toEqual({ from: '2024-01-01', to: '2024-03-10' });
    expect(presetRange('lastYear', '2024-03-10')).toEqual({ from: '2023-01-01', to: '2023-12-31' });
  });
});
