/**
 * progressStore — the ONLY module on the public site that touches browser storage.
 * Course answers and visit markers stay in the visitor's own browser; nothing here is sent.
 *
 * Every key starts with `sin.`, so "Alles wissen" can remove all of them and nothing else.
 *
 * localStorage
 *   sin.progress.v1          JSON, course progress version 1 (type guard: progressState.ts):
 *                            { version: 1, updatedAt: 'YYYY-MM-DD', lastModule?: slug,
 *                              modules: { [slug]: { started: boolean, finished: boolean,
 *                                before?: { [statementKey]: 1|2|3 }, after?: { [statementKey]: 1|2|3 },
 *                                answers: { [exerciseKey]: JSON value, strings ≤ 5,000 chars } } } }
 *                            Only a day, never a time. The whole JSON stays under ~1 MB.
 *   sin.progress             Legacy version 0: { answers: { 'slug/exerciseKey': value }, done: slug[] }.
 *                            Migrated into sin.progress.v1 when first read, then removed.
 *   sin.progress.unreadable  Raw text of progress we could not read (damaged, wrong shape or
 *                            written by a newer version), set aside instead of thrown away.
 *                            Holds the most recent such text.
 *   sin.lastVisitDay         'YYYY-MM-DD' of the last visit, for the "returning" flag.
 *   sin.analyticsOptOut      '1' when the visitor opted out of being counted.
 * sessionStorage
 *   sin.visit                '1' once this visit (tab session) has been counted.
 *   sin.source               Campaign code of this visit, /^[a-z0-9-]{1,32}$/.
 * both
 *   sin.probe                Written and removed at once on first use, to learn whether writing works.
 *
 * When storage cannot be used (blocked, private mode, quota full) the store keeps working in
 * memory for this page and `isPersistent()` turns false so the page can say so. Nothing in
 * here throws to the page.
 */
import type { VisitFlags } from './buildBeacon';
import { isCalendarDay, localCalendarDay } from './calendarDay';
import { upgradeProgress } from './progressMigrations';
import { capAnswer, emptyProgress, isProgressKey, isProgressState, isRating, MAX_STATE_CHARS, type ProgressState } from './progressState';
import type { ProgressStore, ProgressStoreOptions, StorageLike } from './progressStoreTypes';
import { moduleIn, statusOf, withAnswer, withFinished, withRating } from './progressUpdates';

export type { AnswerValue, ModuleProgress, ProgressState, Rating } from './progressState';
export { isProgressState } from './progressState';
export type { ModuleStatus, ProgressStore, ProgressStoreOptions, StorageLike } from './progressStoreTypes';

const KEY_PREFIX = 'sin.';
export const PROGRESS_KEY = 'sin.progress.v1';
export const LEGACY_PROGRESS_KEY = 'sin.progress';
export const UNREADABLE_KEY = 'sin.progress.unreadable';
const LAST_VISIT_DAY_KEY = 'sin.lastVisitDay';
const OPT_OUT_KEY = 'sin.analyticsOptOut';
const PROBE_KEY = 'sin.probe';
const VISIT_KEY = 'sin.visit';
const SOURCE_KEY = 'sin.source';
const SOURCE_PATTERN = /^[a-z0-9-]{1,32}$/;

/**
 * One Web Storage area with try/catch around every access. After the first failure it
 * continues in memory for the rest of the page (with a copy of our keys it could still read,
 * so an opt-out is not forgotten) and leaves the real storage alone.
 */
class GuardedStorage {
  #memory: Map<string, string> | null;
  #probed = false;

  constructor(private readonly storage: StorageLike | null) {
    this.#memory = storage ? null : new Map();
  }

  get persistent(): boolean {
    this.#probe();
    return this.#memory === null;
  }

  get(key: string): string | null {
    let value: string | null = null;
    if (this.#attempt((storage) => (value = storage.getItem(key)), false)) return value;
    return this.#memory?.get(key) ?? null;
  }

  /** Writes `value`; true when it reached real storage. */
  set(key: string, value: string): boolean {
    if (this.#attempt((storage) => storage.setItem(key, value), true)) return true;
    this.#memory?.set(key, value);
    return false;
  }

  remove(key: string): void {
    if (!this.#attempt((storage) => storage.removeItem(key), true)) this.#memory?.delete(key);
  }

  /** Removes our keys from memory and, even after a failure, from real storage. */
  eraseSiteKeys(): void {
    this.#memory?.clear();
    if (!this.storage) return;
    try {
      for (const key of siteKeys(this.storage)) this.storage.removeItem(key);
      // Removing worked, so storage may be usable again (a full quota was freed): try anew.
      this.#memory = null;
      this.#probed = false;
    } catch {
      this.#memory = new Map();
    }
  }

  // Runs `action` on real storage unless we already fell back; a failure means memory from now on.
  #attempt(action: (storage: StorageLike) => unknown, copyReadable: boolean): boolean {
    this.#probe();
    if (!this.storage || this.#memory) return false;
    try {
      action(this.storage);
      return true;
    } catch {
      this.#fallBackToMemory(copyReadable);
      return false;
    }
  }

  // Old Safari private mode reads fine but refuses every write: learn that before the page
  // promises the visitor that progress will be kept.
  #probe(): void {
    if (this.#probed) return;
    this.#probed = true;
    this.set(PROBE_KEY, '1');
    this.remove(PROBE_KEY);
  }

  #fallBackToMemory(copyReadable: boolean): void {
    const memory = new Map<string, string>();
    if (copyReadable && this.storage) {
      try {
        for (const key of siteKeys(this.storage)) memory.set(key, this.storage.getItem(key) ?? '');
      } catch {
        // Nothing readable: start empty.
      }
    }
    this.#memory = memory;
  }
}

function siteKeys(storage: StorageLike): string[] {
  const keys: string[] = [];
  for (let index = 0; index < storage.length; index++) {
    const key = storage.key(index);
    if (key?.startsWith(KEY_PREFIX)) keys.push(key);
  }
  return keys;
}

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
  if (local.set(UNREADABLE_KEY, raw)) local.remove(key);
}

function loadProgress(local: GuardedStorage, today: string): ProgressState {
  const raw = local.get(PROGRESS_KEY);
  if (raw !== null) {
    const state = upgradeProgress(parseJson(raw), today);
    if (state) return deepFreeze(state);
    setAside(local, PROGRESS_KEY, raw);
    return emptyProgress(today);
  }
  const legacy = local.get(LEGACY_PROGRESS_KEY);
  if (legacy === null) return emptyProgress(today);
  const migrated = upgradeProgress(parseJson(legacy), today, 0);
  if (!migrated) {
    setAside(local, LEGACY_PROGRESS_KEY, legacy);
    return emptyProgress(today);
  }
  // The old key goes only once the new one is written; otherwise the next page migrates again.
  if (local.set(PROGRESS_KEY, JSON.stringify(migrated))) local.remove(LEGACY_PROGRESS_KEY);
  return deepFreeze(migrated);
}

const NO_FLAGS: VisitFlags = Object.freeze({ newVisit: false, firstToday: false, returning: false });

/** A store over the given storage areas; pass fakes in tests. */
export function createProgressStore(options: ProgressStoreOptions = {}): ProgressStore {
  const local = new GuardedStorage(options.local ?? null);
  const session = new GuardedStorage(options.session ?? null);
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
    local.set(PROGRESS_KEY, json);
    notify();
    return true;
  }

  options.events?.addEventListener('storage', (event) => {
    const key = (event as Partial<StorageEvent>).key;
    // key null: another tab cleared storage. In memory mode we no longer mirror storage.
    if ((key !== null && key !== PROGRESS_KEY) || !local.persistent) return;
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
      local.eraseSiteKeys();
      session.eraseSiteKeys();
      loaded = emptyProgress(today());
      notify();
    },

    isPersistent: () => local.persistent,

    computeVisitFlags(todayYmd) {
      if (!isCalendarDay(todayYmd) || local.get(OPT_OUT_KEY) === '1') return { ...NO_FLAGS };
      const seenThisVisit = session.get(VISIT_KEY) !== null;
      const stored = local.get(LAST_VISIT_DAY_KEY);
      // Without lasting storage every page would look like a new visit: count nothing instead.
      if (!local.persistent || !session.persistent) return { ...NO_FLAGS };
      const lastDay = isCalendarDay(stored) ? stored : null;
      session.set(VISIT_KEY, '1');
      local.set(LAST_VISIT_DAY_KEY, todayYmd);
      return {
        newVisit: !seenThisVisit,
        firstToday: lastDay !== todayYmd,
        returning: lastDay !== null && lastDay < todayYmd,
      };
    },

    setCampaignSource(code) {
      if (typeof code !== 'string' || !SOURCE_PATTERN.test(code)) return false;
      session.set(SOURCE_KEY, code);
      return true;
    },

    getCampaignSource() {
      const code = session.get(SOURCE_KEY);
      return code !== null && SOURCE_PATTERN.test(code) ? code : null;
    },

    isAnalyticsOptedOut: () => local.get(OPT_OUT_KEY) === '1',

    setAnalyticsOptOut(on) {
      if (on) local.set(OPT_OUT_KEY, '1');
      else local.remove(OPT_OUT_KEY);
    },
  };
}

// Merely reading window.localStorage throws a SecurityError when the visitor blocks storage.
function browserStorage(area: 'localStorage' | 'sessionStorage'): StorageLike | null {
  try {
    return typeof window === 'undefined' ? null : window[area];
  } catch {
    return null;
  }
}

/** The site's store, bound to this browser's storage (in memory only on the server). */
export const progressStore: ProgressStore = createProgressStore({
  local: browserStorage('localStorage'),
  session: browserStorage('sessionStorage'),
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
