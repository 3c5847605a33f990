import { describe, expect, test } from 'vitest';
import { beaconSchema } from '../../cms/analytics/beaconSchema';
import { eraseSiteKeys, guardStorage, LAST_VISIT_DAY_KEY, OPT_OUT_KEY, VISIT_SOURCE_KEY, VISITS_KEY, writeKey } from '../../site/lib/browserStorage';
import type { VisitFlags } from '../../site/lib/buildBeacon';
import { progressStore } from '../../site/lib/progressStore';
import {
  computeVisitFlags,
  createVisitStore,
  getCampaignSource,
  isAnalyticsOptedOut,
  loadVisitRecord,
  noVisitFlags,
  setAnalyticsOptOut,
  setCampaignSource,
} from '../../site/lib/visitStore';
import { FakeStorage } from './fakeStorage';

const NONE = noVisitFlags();

/** A time on the clock in Amsterdam, with its UTC offset ('+01:00' winter, '+02:00' summer). */
const at = (local: string, offset = '+01:00') => Date.parse(`${local}:00${offset}`);

/** The flags that are true, in a readable form. */
function on(flags: VisitFlags): string[] {
  return Object.entries(flags)
    .filter(([, value]) => value)
    .map(([key]) => key);
}

/** One browser: tabs share its local storage. */
function browser(local = new FakeStorage()) {
  const area = guardStorage(() => local);
  return { local, area, tab: () => createVisitStore(guardStorage(() => local)), store: createVisitStore(area) };
}

describe('visitStore', () => {
  test('gives the expected flags over a scripted sequence of visits', () => {
    const { store, area, local } = browser();
    const steps: [string, number, string[]][] = [
      ['first visit ever', at('2026-03-10T09:00'), ['newVisit', 'firstToday', 'firstThisMonth', 'firstThisYear']],
      ['29 minutes later: same visit', at('2026-03-10T09:29'), []],
      ['31 minutes after that: a new visit, not returning (same day)', at('2026-03-10T10:00'), ['newVisit']],
      ['next day', at('2026-03-11T08:00'), ['newVisit', 'firstToday', 'returning', 'firstReturningThisYear']],
      ['next day, again after an hour', at('2026-03-11T12:00'), ['newVisit', 'returning']],
      ['next day, a page 5 minutes later', at('2026-03-11T12:05'), ['returning']],
      ['next month', at('2026-04-02T10:00', '+02:00'), ['newVisit', 'firstToday', 'returning', 'firstThisMonth']],
      ['next year', at('2027-01-05T10:00'), ['newVisit', 'firstToday', 'returning', 'firstThisMonth', 'firstThisYear', 'firstReturningThisYear']],
    ];
    for (const [label, time, expected] of steps) {
      const flags = store.computeVisitFlags(time);
      expect({ label, flags: on(flags) }).toEqual({ label, flags: expected });
      // Whatever the browser sends passes the server's schema.
      expect(beaconSchema.safeParse({ route: 'home', event: 'pageview', ...flags }).success).toBe(true);
    }

    // Storage erased ("Alles wissen", a private window closed, Safari's 7-day limit): a new browser.
    eraseSiteKeys(area);
    expect(on(store.computeVisitFlags(at('2027-01-05T10:10')))).toEqual(['newVisit', 'firstToday', 'firstThisMonth', 'firstThisYear']);
    expect(JSON.parse(local.items.get(VISITS_KEY) ?? '')).toEqual({ first: '2027-01-05', last: at('2027-01-05T10:10'), ret: '' });
  });

  test('keeps one visit across tabs within 30 minutes, and counts a tab left open as a new visit later', () => {
    const { tab } = browser();
    const first = tab();
    const second = tab();
    expect(on(first.computeVisitFlags(at('2026-03-10T09:00')))).toEqual(['newVisit', 'firstToday', 'firstThisMonth', 'firstThisYear']);
    expect(on(second.computeVisitFlags(at('2026-03-10T09:10')))).toEqual([]);
    expect(on(first.computeVisitFlags(at('2026-03-10T09:41')))).toEqual(['newVisit']);
    // The first tab stayed open overnight: its next page is a returning visit of the next day.
    expect(on(first.computeVisitFlags(at('2026-03-11T07:30')))).toEqual(['newVisit', 'firstToday', 'returning', 'firstReturningThisYear']);
  });

  test('ends a visit at midnight in Amsterdam, whatever zone the machine is in', () => {
    const { store } = browser();
    store.computeVisitFlags(Date.parse('2026-03-10T22:50:00Z')); // 23:50 in Amsterdam
    expect(on(store.computeVisitFlags(Date.parse('2026-03-10T23:10:00Z')))).toEqual(['newVisit', 'firstToday', 'returning', 'firstReturningThisYear']);
    // 31 December → 1 January: a new visit, month and year.
    const other = browser().store;
    other.computeVisitFlags(Date.parse('2026-12-31T22:55:00Z'));
    expect(on(other.computeVisitFlags(Date.parse('2026-12-31T23:05:00Z')))).toEqual([
      'newVisit',
      'firstToday',
      'returning',
      'firstThisMonth',
      'firstThisYear',
      'firstReturningThisYear',
    ]);
  });

  test('starts a new visit when the clock was set back, and keeps the earliest first day', () => {
    const { store, local } = browser();
    store.computeVisitFlags(at('2026-03-10T09:00'));
    expect(store.computeVisitFlags(at('2026-03-10T08:00')).newVisit).toBe(true);
    store.computeVisitFlags(at('2026-03-09T08:00'));
    expect(JSON.parse(local.items.get(VISITS_KEY) ?? '').first).toBe('2026-03-09');
  });

  test('reads the version-0 day as the first day seen, then removes it', () => {
    const { store, local } = browser();
    local.items.set(LAST_VISIT_DAY_KEY, '2026-03-01');
    expect(on(store.computeVisitFlags(at('2026-03-10T09:00')))).toEqual([
      'newVisit',
      'firstToday',
      'returning',
      'firstThisMonth',
      'firstThisYear',
      'firstReturningThisYear',
    ]);
    expect(local.items.has(LAST_VISIT_DAY_KEY)).toBe(false);
    expect(JSON.parse(local.items.get(VISITS_KEY) ?? '')).toEqual({ first: '2026-03-01', last: at('2026-03-10T09:00'), ret: '2026' });
  });

  test('counts a browser with an unreadable record as new', () => {
    for (const damaged of ['{', '[]', 'null', '{"first":"2026-02-30","last":1,"ret":""}', '{"first":"2026-03-01","last":-5,"ret":""}', '{"first":"2026-03-01","last":1,"ret":"26"}']) {
      const { store, local } = browser();
      local.items.set(VISITS_KEY, damaged);
      expect(on(store.computeVisitFlags(at('2026-03-10T09:00')))).toEqual(['newVisit', 'firstToday', 'firstThisMonth', 'firstThisYear']);
    }
    const { local } = browser();
    local.items.set(VISITS_KEY, '{"first":"2026-03-01","last":1,"ret":""}');
    expect(loadVisitRecord(guardStorage(() => local))).toEqual({ first: '2026-03-01', last: 1, ret: '' });
  });

  test('keeps the campaign code for the visit and forgets it when a new visit starts', () => {
    const { store, local } = browser();
    store.computeVisitFlags(at('2026-03-10T09:00'));
    expect(store.setCampaignSource('poster-utrecht')).toBe(true);
    store.computeVisitFlags(at('2026-03-10T09:20'));
    expect(store.getCampaignSource()).toBe('poster-utrecht');
    store.computeVisitFlags(at('2026-03-10T09:51'));
    expect(store.getCampaignSource()).toBeNull();
    expect(local.items.has(VISIT_SOURCE_KEY)).toBe(false);
    for (const bad of ['Radio', 'met spatie', '', 'a'.repeat(33), 'x<script>']) expect(store.setCampaignSource(bad)).toBe(false);
    local.items.set(VISIT_SOURCE_KEY, 'NIET/GELDIG');
    expect(store.getCampaignSource()).toBeNull();
  });

  test('counts nothing and writes nothing after an opt-out', () => {
    const { store, local } = browser();
    store.setAnalyticsOptOut(true);
    expect(store.computeVisitFlags(at('2026-03-10T09:00'))).toEqual(NONE);
    expect([...local.items.keys()]).toEqual([OPT_OUT_KEY]);
    store.setAnalyticsOptOut(false);
    expect(store.computeVisitFlags(at('2026-03-10T09:00')).newVisit).toBe(true);
  });

  test('counts nothing when local storage cannot keep the record', () => {
    const local = new FakeStorage(40);
    local.items.set('sin.progress.v1', 'x'.repeat(30));
    const { store } = browser(local);
    expect(store.computeVisitFlags(at('2026-03-10T09:00'))).toEqual(NONE);
    expect(local.items.has(VISITS_KEY)).toBe(false);
    expect(store.computeVisitFlags(at('2026-03-10T09:01'))).toEqual(NONE);

    const blocked = new FakeStorage();
    blocked.failure = new DOMException('The operation is insecure.', 'SecurityError');
    expect(browser(blocked).store.computeVisitFlags(at('2026-03-10T09:00'))).toEqual(NONE);
  });

  test('still knows about an opt-out after storage filled up', () => {
    const local = new FakeStorage(40);
    local.items.set(OPT_OUT_KEY, '1');
    const { area, store } = browser(local);
    expect(writeKey(area, 'sin.progress.v1', 'x'.repeat(30))).toBe(false);
    expect(store.isAnalyticsOptedOut()).toBe(true);
    expect(store.computeVisitFlags(at('2026-03-10T09:00'))).toEqual(NONE);
    expect([...local.items.keys()]).toEqual([OPT_OUT_KEY]);
  });

  test('ignores a time that is not a time', () => {
    const { store, local } = browser();
    for (const time of [Number.NaN, -1, 1.5, Number.POSITIVE_INFINITY]) expect(store.computeVisitFlags(time)).toEqual(NONE);
    expect(local.items.size).toBe(0);
  });

  test('hands out a fresh all-false flags object each time', () => {
    const first = noVisitFlags();
    first.newVisit = true;
    expect(noVisitFlags()).toEqual(NONE);
    expect(Object.values(NONE)).toHaveLength(6);
  });

  test('the functions bound to this browser run in memory on the server and count nothing', () => {
    expect(computeVisitFlags(at('2026-03-10T09:00'))).toEqual(NONE);
    expect(setCampaignSource('radio-1')).toBe(true);
    expect(setCampaignSource('Radio')).toBe(false);
    expect(getCampaignSource()).toBe('radio-1');
    setAnalyticsOptOut(true);
    expect(isAnalyticsOptedOut()).toBe(true);
    setAnalyticsOptOut(false);
    expect(isAnalyticsOptedOut()).toBe(false);
  });

  test('shares its storage with the site progress store, so "Alles wissen" clears it too', () => {
    setAnalyticsOptOut(true);
    setCampaignSource('poster');
    expect(progressStore.isAnalyticsOptedOut()).toBe(true);
    expect(progressStore.getCampaignSource()).toBe('poster');

    progressStore.eraseAll();

    expect(isAnalyticsOptedOut()).toBe(false);
    expect(getCampaignSource()).toBeNull();
  });
});
