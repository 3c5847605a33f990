import { describe, expect, test } from 'vitest';
import {
  createProgressStore,
  LEGACY_PROGRESS_KEY,
  PROGRESS_KEY,
  type ProgressState,
  UNREADABLE_KEY,
} from '../../site/lib/progressStore';
import { noVisitFlags } from '../../site/lib/visitStore';
import { FakeStorage } from './fakeStorage';

function setup(day = '2026-11-22', local = new FakeStorage(), session = new FakeStorage()) {
  const clock = { day };
  const events = new EventTarget();
  const store = createProgressStore({ local, session, events, today: () => clock.day });
  return { store, local, session, clock, events };
}

const stored = (local: FakeStorage, key = PROGRESS_KEY): unknown => JSON.parse(local.items.get(key) ?? 'null');

describe('progressStore', () => {
  test('keeps answers, ratings and finished modules for the next page in the documented shape', () => {
    const { store, local } = setup();
    store.setRating('triggers', 'before', 'herken-triggers', 1);
    store.setAnswer('triggers', 'mijn-triggers', ['moe', 'alleen']);
    store.setAnswer('triggers', 'reflectie', 'Ik merk het vooral ’s avonds.');
    store.setRating('triggers', 'after', 'herken-triggers', 3);
    store.finishModule('triggers');
    store.setAnswer('gevoelens', 'dagboek', { rows: [{ situatie: 'ruzie', voor: 7, na: 3 }], klaar: false });

    const expected: ProgressState = {
      version: 1,
      updatedAt: '2026-11-22',
      lastModule: 'gevoelens',
      modules: {
        triggers: {
          started: true,
          finished: true,
          before: { 'herken-triggers': 1 },
          after: { 'herken-triggers': 3 },
          answers: { 'mijn-triggers': ['moe', 'alleen'], reflectie: 'Ik merk het vooral ’s avonds.' },
        },
        gevoelens: {
          started: true,
          finished: false,
          answers: { dagboek: { rows: [{ situatie: 'ruzie', voor: 7, na: 3 }], klaar: false } },
        },
      },
    };
    expect(stored(local)).toEqual(expected);
    expect(setup('2026-11-23', local).store.getState()).toEqual(expected);
  });

  test('reports firstAnswer only for the answer that starts a module', () => {
    const { store } = setup();
    expect(store.setAnswer('triggers', 'a', 'x')).toEqual({ firstAnswer: true, saved: true });
    expect(store.setAnswer('triggers', 'b', 'y')).toEqual({ firstAnswer: false, saved: true });
    expect(store.setAnswer('triggers', 'a', 'z')).toEqual({ firstAnswer: false, saved: true });
    expect(store.setAnswer('gevoelens', 'a', true)).toEqual({ firstAnswer: true, saved: true });
  });

  test('moves a module from new to busy to done', () => {
    const { store } = setup();
    expect(store.moduleStatus('triggers')).toBe('new');
    store.setRating('triggers', 'before', 'zin', 2);
    expect(store.moduleStatus('triggers')).toBe('new');
    store.setAnswer('triggers', 'a', 'x');
    expect(store.moduleStatus('triggers')).toBe('busy');
    store.finishModule('triggers');
    expect(store.moduleStatus('triggers')).toBe('done');
    expect(store.moduleStatus('gevoelens')).toBe('new');
  });

  test('refuses keys it cannot store safely and never reads inherited properties', () => {
    const { store } = setup();
    expect(store.setAnswer('__proto__', 'a', 'x')).toEqual({ firstAnswer: false, saved: false });
    expect(store.setAnswer('triggers', 'Met Spatie', 'x').saved).toBe(false);
    expect(store.setAnswer('triggers', 'a', () => 'x').saved).toBe(false);
    expect(store.setAnswer('triggers', 'a', Number.NaN).saved).toBe(false);
    expect(store.setRating('triggers', 'before', 'zin', 4 as 1)).toBe(false);
    expect(store.getModule('constructor')).toBeUndefined();
    expect(store.moduleStatus('toString')).toBe('new');
    expect(store.getState().modules).toEqual({});
  });

  test('cuts answer strings at 5,000 characters and refuses a change that would pass ~1 MB', () => {
    const { store, local } = setup();
    store.setAnswer('triggers', 'lang', 'a'.repeat(6_000));
    expect(store.getModule('triggers')?.answers.lang).toHaveLength(5_000);

    const big = Array.from({ length: 120 }, () => 'b'.repeat(5_000));
    expect(store.setAnswer('triggers', 'groot-1', big).saved).toBe(true);
    expect(store.setAnswer('triggers', 'groot-2', big)).toEqual({ firstAnswer: false, saved: false });
    expect(Object.keys(store.getModule('triggers')?.answers ?? {})).toEqual(['lang', 'groot-1']);
    expect(Object.keys((stored(local) as ProgressState).modules.triggers?.answers ?? {})).toEqual(['lang', 'groot-1']);
  });

  test('hands out frozen state that callers cannot change behind its back', () => {
    const { store } = setup();
    store.setAnswer('triggers', 'a', ['x']);
    const state = store.getState();
    expect(Object.isFrozen(state)).toBe(true);
    expect(Object.isFrozen(state.modules.triggers)).toBe(true);
    expect(Object.isFrozen(state.modules.triggers?.answers.a)).toBe(true);
  });

  test('migrates version 0 into version 1 and removes the old key', () => {
    const local = new FakeStorage();
    local.items.set(
      LEGACY_PROGRESS_KEY,
      JSON.stringify({ answers: { 'triggers/mijn-triggers': ['moe'], 'gevoelens/dagboek': 'tekst' }, done: ['triggers', 'openbaring'] }),
    );
    const { store } = setup('2026-11-22', local);

    const expected: ProgressState = {
      version: 1,
      updatedAt: '2026-11-22',
      modules: {
        triggers: { started: true, finished: true, answers: { 'mijn-triggers': ['moe'] } },
        gevoelens: { started: true, finished: false, answers: { dagboek: 'tekst' } },
        openbaring: { started: true, finished: true, answers: {} },
      },
    };
    expect(store.getState()).toEqual(expected);
    expect(stored(local)).toEqual(expected);
    expect(local.items.has(LEGACY_PROGRESS_KEY)).toBe(false);
    expect(store.moduleStatus('gevoelens')).toBe('busy');
  });

  test('sets version 0 data aside when an entry cannot be placed', () => {
    const local = new FakeStorage();
    const raw = JSON.stringify({ answers: { 'zonder-module': 'tekst' }, done: [] });
    local.items.set(LEGACY_PROGRESS_KEY, raw);
    const { store } = setup('2026-11-22', local);

    expect(store.getState().modules).toEqual({});
    expect(local.items.get(UNREADABLE_KEY)).toBe(raw);
    expect(local.items.has(LEGACY_PROGRESS_KEY)).toBe(false);
  });

  test('sets corrupt JSON aside under the unreadable key and keeps working', () => {
    const local = new FakeStorage();
    local.items.set(PROGRESS_KEY, '{"version":1,"modules":{');
    const { store } = setup('2026-11-22', local);

    expect(store.getState()).toEqual({ version: 1, updatedAt: '2026-11-22', modules: {} });
    expect(local.items.get(UNREADABLE_KEY)).toBe('{"version":1,"modules":{');
    expect(store.setAnswer('triggers', 'a', 'x').saved).toBe(true);
    expect(stored(local)).toMatchObject({ modules: { triggers: { answers: { a: 'x' } } } });
    expect(store.isPersistent()).toBe(true);
  });

  test('sets progress from a newer version aside instead of guessing its shape', () => {
    const local = new FakeStorage();
    const raw = JSON.stringify({ version: 2, updatedAt: '2027-01-01', modules: {} });
    local.items.set(PROGRESS_KEY, raw);
    const { store } = setup('2026-11-22', local);

    expect(store.getState().modules).toEqual({});
    expect(local.items.get(UNREADABLE_KEY)).toBe(raw);
    expect(local.items.has(PROGRESS_KEY)).toBe(false);
  });

  test('keeps unreadable text in storage when even setting it aside fails', () => {
    const local = new FakeStorage(100);
    local.items.set(PROGRESS_KEY, 'kapot-'.repeat(8));
    const { store } = setup('2026-11-22', local);

    expect(store.getState().modules).toEqual({});
    expect(store.isPersistent()).toBe(false);
    store.setAnswer('triggers', 'a', 'x');
    expect(local.items.get(PROGRESS_KEY)).toBe('kapot-'.repeat(8));
  });

  test('falls back to memory when a write exceeds the quota, without damaging what was stored', () => {
    const local = new FakeStorage(1_000);
    const { store } = setup('2026-11-22', local);
    store.setAnswer('triggers', 'a', 'kort');
    expect(store.isPersistent()).toBe(true);
    const before = local.items.get(PROGRESS_KEY);

    expect(store.setAnswer('triggers', 'b', 'lang '.repeat(300)).saved).toBe(true);
    expect(store.isPersistent()).toBe(false);
    expect(store.getModule('triggers')?.answers).toEqual({ a: 'kort', b: 'lang '.repeat(300) });
    expect(local.items.get(PROGRESS_KEY)).toBe(before);
  });

  test('works in memory when every storage access throws a SecurityError', () => {
    const local = new FakeStorage();
    const session = new FakeStorage();
    local.failure = new DOMException('The operation is insecure.', 'SecurityError');
    session.failure = local.failure;
    const { store } = setup('2026-11-22', local, session);

    expect(store.setAnswer('triggers', 'a', 'x')).toEqual({ firstAnswer: true, saved: true });
    store.setAnalyticsOptOut(true);
    expect(store.isAnalyticsOptedOut()).toBe(true);
    expect(store.getModule('triggers')?.answers).toEqual({ a: 'x' });
    expect(store.isPersistent()).toBe(false);
    expect(store.computeVisitFlags(Date.parse('2026-11-22T10:00:00Z'))).toEqual(noVisitFlags());
    expect(() => store.eraseAll()).not.toThrow();
  });

  test('works in memory when there is no storage at all (server rendering)', () => {
    const store = createProgressStore();
    store.setAnswer('triggers', 'a', 'x');
    expect(store.moduleStatus('triggers')).toBe('busy');
    expect(store.isPersistent()).toBe(false);
  });

  test('eraseAll removes every sin. key from both storages but leaves foreign keys', () => {
    const { store, local, session } = setup();
    store.setAnswer('triggers', 'a', 'x');
    store.setAnalyticsOptOut(true);
    local.items.set(UNREADABLE_KEY, 'oud');
    local.items.set('other.app', 'blijft');
    session.items.set('sin.visit', '1');
    session.items.set('sin.source', 'radio');
    session.items.set('theme', 'dark');

    store.eraseAll();

    expect([...local.items.keys()]).toEqual(['other.app']);
    expect([...session.items.keys()]).toEqual(['theme']);
    expect(store.getState().modules).toEqual({});
    expect(store.isAnalyticsOptedOut()).toBe(false);
  });

  test('eraseAll makes storage usable again after the quota was full', () => {
    const local = new FakeStorage(1_000);
    const { store } = setup('2026-11-22', local);
    store.setAnswer('triggers', 'a', 'x'.repeat(2_000));
    expect(store.isPersistent()).toBe(false);

    store.eraseAll();
    store.setAnswer('triggers', 'b', 'y');

    expect(store.isPersistent()).toBe(true);
    expect(stored(local)).toMatchObject({ modules: { triggers: { answers: { b: 'y' } } } });
  });

  test('computes visit flags over its own storage (the rules are in visitStore.spec.ts)', () => {
    const local = new FakeStorage();
    const firstTab = setup('2026-11-22', local, new FakeStorage());
    expect(firstTab.store.computeVisitFlags(Date.parse('2026-11-22T10:00:00Z'))).toMatchObject({ newVisit: true, firstToday: true, returning: false });
    expect(firstTab.store.computeVisitFlags(Date.parse('2026-11-22T10:05:00Z'))).toEqual(noVisitFlags());
    expect(JSON.parse(local.items.get('sin.visits.v1') ?? '')).toMatchObject({ first: '2026-11-22' });

    const nextDay = setup('2026-11-23', local, new FakeStorage());
    expect(nextDay.store.computeVisitFlags(Date.parse('2026-11-23T10:00:00Z'))).toMatchObject({ newVisit: true, firstToday: true, returning: true });
  });

  test('counts nothing and writes no visit markers after an opt-out', () => {
    const { store, local, session } = setup();
    store.setAnalyticsOptOut(true);
    expect(local.items.get('sin.analyticsOptOut')).toBe('1');

    expect(store.computeVisitFlags(Date.parse('2026-11-22T10:00:00Z'))).toEqual(noVisitFlags());
    expect(local.items.has('sin.visits.v1')).toBe(false);
    expect(session.items.size).toBe(0);

    store.setAnalyticsOptOut(false);
    expect(store.isAnalyticsOptedOut()).toBe(false);
    expect(store.computeVisitFlags(Date.parse('2026-11-22T10:00:00Z')).newVisit).toBe(true);
  });

  test('ignores a time that is not a time', () => {
    const { store, local } = setup();
    expect(store.computeVisitFlags(Number.NaN)).toEqual(noVisitFlags());
    expect(local.items.has('sin.visits.v1')).toBe(false);
  });

  test('keeps only valid campaign codes', () => {
    const { store, local } = setup();
    expect(store.getCampaignSource()).toBeNull();
    expect(store.setCampaignSource('radio-1')).toBe(true);
    for (const bad of ['Radio', 'met spatie', '', 'a'.repeat(33), 'x<script>']) {
      expect(store.setCampaignSource(bad)).toBe(false);
    }
    expect(store.getCampaignSource()).toBe('radio-1');
    expect(local.items.get('sin.visitSource')).toBe('radio-1');

    local.items.set('sin.visitSource', 'NIET/GELDIG');
    expect(store.getCampaignSource()).toBeNull();
  });

  test('calls subscribers after every change until they unsubscribe', () => {
    const { store } = setup();
    const seen: ProgressState[] = [];
    const unsubscribe = store.subscribe((state) => seen.push(state));

    store.setAnswer('triggers', 'a', 'x');
    store.setRating('triggers', 'before', 'zin', 2);
    store.finishModule('triggers');
    store.eraseAll();
    unsubscribe();
    store.setAnswer('triggers', 'b', 'y');

    expect(seen.map((state) => state.modules.triggers?.finished ?? null)).toEqual([false, false, true, null]);
  });

  test('picks up progress saved in another tab from the storage event', () => {
    const { store, local, events } = setup();
    const other = setup('2026-11-22', local).store;
    store.getState();
    other.setAnswer('gevoelens', 'a', 'uit ander tabblad');
    const seen: ProgressState[] = [];
    store.subscribe((state) => seen.push(state));

    events.dispatchEvent(Object.assign(new Event('storage'), { key: 'sin.lastVisitDay' }));
    expect(seen).toHaveLength(0);
    events.dispatchEvent(Object.assign(new Event('storage'), { key: PROGRESS_KEY }));

    expect(seen).toHaveLength(1);
    expect(store.getModule('gevoelens')?.answers).toEqual({ a: 'uit ander tabblad' });
  });

  test('replaceState accepts valid progress only', () => {
    const { store, local } = setup();
    store.setAnswer('triggers', 'a', 'x');
    const imported: ProgressState = {
      version: 1,
      updatedAt: '2026-10-01',
      modules: { gevoelens: { started: true, finished: true, answers: { b: 'y' } } },
    };

    expect(store.replaceState({ ...imported, version: 2 })).toBe(false);
    expect(store.replaceState({ ...imported, updatedAt: '2026-10-01T10:00:00Z' })).toBe(false);
    expect(store.getModule('triggers')?.answers).toEqual({ a: 'x' });

    expect(store.replaceState(imported)).toBe(true);
    expect(store.getState()).toEqual(imported);
    expect(stored(local)).toEqual(imported);
  });
});
