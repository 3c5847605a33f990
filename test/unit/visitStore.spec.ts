import { describe, expect, test } from 'vitest';
import { guardStorage, LAST_VISIT_DAY_KEY, OPT_OUT_KEY, VISIT_KEY, writeKey } from '../../site/lib/browserStorage';
import { progressStore } from '../../site/lib/progressStore';
import {
  computeVisitFlags,
  createVisitStore,
  getCampaignSource,
  isAnalyticsOptedOut,
  noVisitFlags,
  setAnalyticsOptOut,
  setCampaignSource,
} from '../../site/lib/visitStore';
import { FakeStorage } from './fakeStorage';

const NONE = { newVisit: false, firstToday: false, returning: false };

function setup(local = new FakeStorage(), session = new FakeStorage()) {
  const store = createVisitStore(
    guardStorage(() => local),
    guardStorage(() => session),
  );
  return { store, local, session };
}

describe('visitStore', () => {
  test('computes visit flags across two days: new visit, first today, returning', () => {
    const local = new FakeStorage();
    const firstTab = setup(local);
    expect(firstTab.store.computeVisitFlags('2026-11-22')).toEqual({ newVisit: true, firstToday: true, returning: false });
    expect(firstTab.store.computeVisitFlags('2026-11-22')).toEqual(NONE);
    expect(local.items.get(LAST_VISIT_DAY_KEY)).toBe('2026-11-22');
    expect(firstTab.session.items.get(VISIT_KEY)).toBe('1');

    expect(setup(local).store.computeVisitFlags('2026-11-22')).toEqual({ newVisit: true, firstToday: false, returning: false });
    expect(setup(local).store.computeVisitFlags('2026-11-24')).toEqual({ newVisit: true, firstToday: true, returning: true });
  });

  test('treats a stored day that is not a real date as no earlier visit', () => {
    const local = new FakeStorage();
    local.items.set(LAST_VISIT_DAY_KEY, '2026-02-30');
    expect(setup(local).store.computeVisitFlags('2026-11-22')).toEqual({ newVisit: true, firstToday: true, returning: false });
    expect(local.items.get(LAST_VISIT_DAY_KEY)).toBe('2026-11-22');
  });

  test('counts nothing and leaves the visit unmarked when local storage cannot keep the day', () => {
    const local = new FakeStorage(40);
    local.items.set('sin.progress.v1', 'x'.repeat(30));
    const { store, session } = setup(local);

    expect(store.computeVisitFlags('2026-11-22')).toEqual(NONE);
    expect(local.items.has(LAST_VISIT_DAY_KEY)).toBe(false);
    expect(session.items.has(VISIT_KEY)).toBe(false);
    expect(store.computeVisitFlags('2026-11-22')).toEqual(NONE);
  });

  test('counts nothing when session storage cannot keep the visit marker', () => {
    const session = new FakeStorage();
    session.failure = new DOMException('The operation is insecure.', 'SecurityError');
    expect(setup(new FakeStorage(), session).store.computeVisitFlags('2026-11-22')).toEqual(NONE);
  });

  test('still knows about an opt-out after storage filled up', () => {
    const local = new FakeStorage(40);
    local.items.set(OPT_OUT_KEY, '1');
    const localArea = guardStorage(() => local);
    const store = createVisitStore(localArea, guardStorage(() => new FakeStorage()));

    expect(writeKey(localArea, 'sin.progress.v1', 'x'.repeat(30))).toBe(false);
    expect(store.isAnalyticsOptedOut()).toBe(true);
    expect(store.computeVisitFlags('2026-11-22')).toEqual(NONE);
    expect([...local.items.keys()]).toEqual([OPT_OUT_KEY]);
  });

  test('hands out a fresh all-false flags object each time', () => {
    const first = noVisitFlags();
    first.newVisit = true;
    expect(noVisitFlags()).toEqual(NONE);
  });

  test('the functions bound to this browser run in memory on the server and count nothing', () => {
    expect(computeVisitFlags('2026-11-22')).toEqual(NONE);
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
