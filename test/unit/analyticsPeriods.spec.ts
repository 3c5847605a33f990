import { describe, expect, test } from 'vitest';
import { campaignPeaks } from '../../cms/analytics/queries/campaignPeaks';
import { browserCount, countingInRange } from '../../cms/analytics/queries/countingInRange';
import { calendarScope, countedSpan, includesToday, periodEnd, periodStart } from '../../cms/analytics/queries/periods';
import { presetRange } from '../../cms/views/Dashboard/rangePresets';

describe('countedSpan', () => {
  test('divides by the days from the first day with data to today', () => {
    // A fresh install on 20 November does not average a year over the days before it.
    expect(countedSpan('2026-01-01', '2026-12-31', '2026-11-29', '2026-11-20')).toEqual({ from: '2026-11-20', to: '2026-11-29', days: 10 });
    expect(countedSpan('2025-01-01', '2025-12-31', '2026-11-29', '2024-05-01')).toEqual({ from: '2025-01-01', to: '2025-12-31', days: 365 });
    expect(countedSpan('2024-01-01', '2024-12-31', '2026-11-29', '2019-01-01')?.days).toBe(366);
  });

  test('is null for a range before counting began, after today, or without any data', () => {
    expect(countedSpan('2025-01-01', '2025-12-31', '2026-11-29', '2026-11-20')).toBeNull();
    expect(countedSpan('2026-12-01', '2026-12-31', '2026-11-29', '2026-01-01')).toBeNull();
    expect(countedSpan('2026-01-01', '2026-12-31', '2026-11-29', null)).toBeNull();
  });
});

describe('includesToday', () => {
  test('is true for any period that includes today, also on its last day', () => {
    expect(includesToday('2026-01-01', '2026-12-31', '2026-12-31')).toBe(true);
    expect(includesToday('2026-01-01', '2026-12-31', '2026-01-01')).toBe(true);
    expect(includesToday('2025-01-01', '2025-12-31', '2026-01-01')).toBe(false);
  });
});

describe('calendarScope', () => {
  test('names the smallest period that starts on the first day and contains the last', () => {
    expect(calendarScope('2026-03-10', '2026-03-10')).toBe('day');
    expect(calendarScope('2026-03-01', '2026-03-31')).toBe('month');
    expect(calendarScope('2026-03-01', '2026-03-15')).toBe('month');
    expect(calendarScope('2026-01-01', '2026-11-29')).toBe('year');
    expect(calendarScope('2026-01-01', '2026-01-20')).toBe('month');
  });

  test('is null for ranges over which browsers cannot be counted once', () => {
    expect(calendarScope('2026-03-02', '2026-03-31')).toBeNull(); // not from the 1st
    expect(calendarScope('2026-03-01', '2026-04-30')).toBeNull(); // two months, not from 1 January
    expect(calendarScope('2025-01-01', '2026-01-01')).toBeNull(); // two years
    expect(calendarScope('2026-03-02', '2026-03-01')).toBeNull();
  });

  test('knows where months and years begin and end', () => {
    expect(['2024-02-01', '2024-02-29', '2023-02-28', '2025-12-31'].map((day) => periodEnd(day, 'month'))).toEqual([
      '2024-02-29',
      '2024-02-29',
      '2023-02-28',
      '2025-12-31',
    ]);
    expect(periodStart('2026-07-14', 'year')).toBe('2026-01-01');
    expect(periodEnd('2026-07-14', 'year')).toBe('2026-12-31');
  });
});

describe('countingInRange', () => {
  const history = { firstDay: '2026-03-02', currentFrom: '2026-12-01' };

  test('splits the counted days at the change of visit definitions', () => {
    expect(countingInRange(history, '2026-11-01', '2026-12-31', '2026-12-10')).toEqual({
      counted: { from: '2026-11-01', to: '2026-12-10', days: 40 },
      oldWay: { from: '2026-11-01', to: '2026-11-30' },
      currentWay: { from: '2026-12-01', to: '2026-12-10' },
    });
    expect(countingInRange(history, '2026-12-05', '2026-12-06', '2026-12-10')).toMatchObject({ oldWay: null, currentWay: { from: '2026-12-05', to: '2026-12-06' } });
    expect(countingInRange(history, '2026-04-01', '2026-04-30', '2026-12-10')).toMatchObject({ oldWay: { from: '2026-04-01', to: '2026-04-30' }, currentWay: null });
  });

  test('counts everything the old way before the change and nothing before the first day', () => {
    expect(countingInRange({ firstDay: '2026-03-02', currentFrom: null }, '2026-01-01', '2026-12-31', '2026-05-01')).toEqual({
      counted: { from: '2026-03-02', to: '2026-05-01', days: 61 },
      oldWay: { from: '2026-03-02', to: '2026-05-01' },
      currentWay: null,
    });
    expect(countingInRange({ firstDay: null, currentFrom: null }, '2026-01-01', '2026-12-31', '2026-05-01')).toEqual({ counted: null, oldWay: null, currentWay: null });
  });

  test('gives month and year browser counts only for the days counted the current way', () => {
    const spanning = countingInRange(history, '2026-12-01', '2026-12-31', '2026-12-10');
    expect(browserCount(spanning, 'month', 40)).toEqual({ count: 40, granularity: 'month', from: '2026-12-01', to: '2026-12-10' });
    const year = countingInRange(history, '2026-01-01', '2026-12-31', '2026-12-10');
    expect(browserCount(year, 'year', 40)).toEqual({ count: 40, granularity: 'year', from: '2026-12-01', to: '2026-12-10' });
    const before = countingInRange(history, '2026-04-01', '2026-04-30', '2026-12-10');
    expect(browserCount(before, 'month', 0)).toBeNull();
    // Browsers per day kept their meaning through the change.
    expect(browserCount(countingInRange(history, '2026-04-01', '2026-04-01', '2026-12-10'), 'day', 7)).toMatchObject({ count: 7, from: '2026-04-01' });
  });
});

describe('campaignPeaks', () => {
  const months = (visits: number[]) => visits.map((v, i) => ({ month: `2020-${String(i + 1).padStart(2, '0')}`, visits: v }));

  test('finds the campaign months above a base level', () => {
    expect(campaignPeaks(months([300, 280, 310, 2400, 320, 290, 300, 305, 295, 310, 2100, 2600]))).toEqual(['2020-04', '2020-11', '2020-12']);
  });

  test('takes every month with visits when campaigns ran in a few months only', () => {
    expect(campaignPeaks(months([0, 0, 0, 50, 0, 0, 0, 0, 0, 0, 20, 0]))).toEqual(['2020-04', '2020-11']);
  });

  test('finds no peak in an even year or without campaign visits', () => {
    expect(campaignPeaks(months([300, 310, 290, 305, 300, 320, 280, 300, 310, 290, 305, 300]))).toEqual([]);
    expect(campaignPeaks(months(Array(12).fill(0)))).toEqual([]);
    expect(campaignPeaks([])).toEqual([]);
  });
});

describe('presetRange months', () => {
  test('this month runs from the 1st to today, last month is the whole month before', () => {
    expect(presetRange('thisMonth', '2024-03-10')).toEqual({ from: '2024-03-01', to: '2024-03-10' });
    expect(presetRange('lastMonth', '2024-03-10')).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(presetRange('lastMonth', '2024-01-05')).toEqual({ from: '2023-12-01', to: '2023-12-31' });
  });
});
