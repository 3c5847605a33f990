/**
 * progressStore — course progress (answers, ratings, finished modules) kept in the visitor's
 * own browser; nothing here is sent. Storage access, the `sin.` keys and the documentation of
 * every stored key and shape live in `browserStorage.ts`; the visit functions (flags, campaign
 * code, opt-out) in `visitStore.ts`, re-exported here as part of the store.
 *
 * When storage cannot be used (blocked, private mode, quota full) the store keeps working in
 * memory for this page and `isPersistent()` turns false so the page can say so. Nothing in
 * here throws to the page.
 */
import {
  eraseSiteKeys,
  type GuardedStorage,
  guardStorage,
  isAreaPersistent,
  LEGACY_PROGRESS_KEY,
  localArea,
  PROGRESS_KEY,
  readKey,
  removeKey,
  sessionArea,
  UNREADABLE_KEY,
  writeKey,
} from './browserStorage';
import { localCalendarDay } from './calendarDay';
import { upgradeProgress } from './progressMigrations';
import { capAnswer, emptyProgress, isProgressKey, isProgressState, isRating, MAX_STATE_CHARS, type ProgressState } from './progressState';
import type { ProgressStore, ProgressStoreOptions } from './progressStoreTypes';
import { moduleIn, statusOf, withAnswer, withFinished, withRating } from './progressUpdates';
import { createVisitStore } from './visitStore';

export { LEGACY_PROGRESS_KEY, PROGRESS_KEY, UNREADABLE_KEY } from './browserStorage';
export type { AnswerValue, ModuleProgress, ProgressState, Rating } from './progressState';
export { isProgressState } from './progressState';
export type { ModuleStatus, ProgressStore, ProgressStoreOptions, StorageLike } from './progressStoreTypes';
export type { VisitStore } from './visitStore';

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const item of Object.values(value)) deepFreeze(item);
  }
  return value;
}

// Copies unreadable text aside before its key is cleared. When even that write fails the
// storage is left untouched and the store runs in memory, so the original text survives.
function setAside(local: GuardedStorage, key: string, raw: string): void {
  if (writeKey(local, UNREADABLE_KEY, raw)) removeKey(local, key);
}

function loadProgress(local: GuardedStorage, today: string): ProgressState {
  const raw = readKey(local, PROGRESS_KEY);
  if (raw !== null) {
    const state = upgradeProgress(parseJson(raw), today);
    if (state) return deepFreeze(state);
    setAside(local, PROGRESS_KEY, raw);
    return emptyProgress(today);
  }
  const legacy = readKey(local, LEGACY_PROGRESS_KEY);
  if (legacy === null) return emptyProgress(today);
  const migrated = upgradeProgress(parseJson(legacy), today, 0);
  if (!migrated) {
    setAside(local, LEGACY_PROGRESS_KEY, legacy);
    return emptyProgress(today);
  }
  // The old key goes only once the new one is written; otherwise the next page migrates again.
  if (writeKey(local, PROGRESS_KEY, JSON.stringify(migrated))) removeKey(local, LEGACY_PROGRESS_KEY);
  return deepFreeze(migrated);
}

/** A store over the given storage areas; pass fakes in tests. */
export function createProgressStore(options: ProgressStoreOptions = {}): ProgressStore {
  return storeOver(guardStorage(() => options.local ?? null), guardStorage(() => options.session ?? null), options);
}

// The store over two guarded areas. The site's store gets the browser areas, which the
// functions of `visitStore.ts` share, so an erase also clears what they kept in memory.
function storeOver(
  local: GuardedStorage,
  session: GuardedStorage,
  options: Pick<ProgressStoreOptions, 'events' | 'today'>,
): ProgressStore {
  const today = options.today ?? (() => localCalendarDay(new Date()));
  const listeners = new Set<(state: ProgressState) => void>();
  // Read lazily: importing the module (also during server rendering) touches no storage.
  let loaded: ProgressState | null = null;

  const state = (): ProgressState => {
    loaded ??= loadProgress(local, today());
    return loaded;
  };
  function notify(): void {
    const current = state();
    for (const listener of listeners) {
      try {
        listener(current);
      } catch (error) {
        // One broken listener must not stop the others or the caller; still report it.
        queueMicrotask(() => {
          throw error;
        });
      }
    }
  }

  function commit(next: ProgressState): boolean {
    const json = JSON.stringify(next);
    if (json.length > MAX_STATE_CHARS) return false;
    loaded = deepFreeze(next);
    writeKey(local, PROGRESS_KEY, json);
    notify();
    return true;
  }

  options.events?.addEventListener('storage', (event) => {
    const key = (event as Partial<StorageEvent>).key;
    // key null: another tab cleared storage. In memory mode we no longer mirror storage.
    if ((key !== null && key !== PROGRESS_KEY) || !isAreaPersistent(local)) return;
    loaded = null;
    notify();
  });

  return {
    getState: state,
    getModule: (slug) => (Object.hasOwn(state().modules, slug) ? state().modules[slug] : undefined),

    setAnswer(slug, exerciseKey, value) {
      const answer = capAnswer(value);
      if (!isProgressKey(slug) || !isProgressKey(exerciseKey) || answer === undefined) {
        return { firstAnswer: false, saved: false };
      }
      const wasStarted = moduleIn(state(), slug).started;
      const saved = commit(withAnswer(state(), slug, exerciseKey, answer, today()));
      return { firstAnswer: saved && !wasStarted, saved };
    },

    setRating(slug, moment, statementKey, rating) {
      const validMoment = moment === 'before' || moment === 'after';
      if (!isProgressKey(slug) || !validMoment || !isProgressKey(statementKey) || !isRating(rating)) return false;
      return commit(withRating(state(), slug, moment, statementKey, rating, today()));
    },

    finishModule: (slug) => isProgressKey(slug) && commit(withFinished(state(), slug, today())),
    moduleStatus: (slug) => statusOf(moduleIn(state(), slug)),

    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },

    replaceState(next) {
      if (!isProgressState(next)) return false;
      return commit(JSON.parse(JSON.stringify(next)) as ProgressState);
    },

    eraseAll() {
      eraseSiteKeys(local);
      eraseSiteKeys(session);
      loaded = emptyProgress(today());
      notify();
    },

    isPersistent: () => isAreaPersistent(local),

    ...createVisitStore(local),
  };
}

/** The site's store, bound to this browser's storage (in memory only on the server). */
export const progressStore: ProgressStore = storeOver(localArea, sessionArea, {
  events: typeof window === 'undefined' ? null : window,
});

export const {
  getState,
  getModule,
  setAnswer,
  setRating,
  finishModule,
  moduleStatus,
  subscribe,
  replaceState,
  eraseAll,
  isPersistent,
  computeVisitFlags,
  setCampaignSource,
  getCampaignSource,
  isAnalyticsOptedOut,
  setAnalyticsOptOut,
} = progressStore;
