/**
 * browserStorage — the ONLY module on the public site that touches browser storage
 * (`window.localStorage` / `window.sessionStorage`). Everything else goes through the guarded
 * areas below: `progressStore.ts` (course progress) and `visitStore.ts` (visit markers,
 * campaign code, analytics opt-out). Nothing stored here is sent anywhere.
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
 *   sin.visits.v1            JSON { first: 'YYYY-MM-DD', last: number, ret: 'YYYY' | '' }: the
 *                            first day this browser was counted, the time of its last counted
 *                            page view (ms since 1970, for the 30-minute visit rule) and the
 *                            year it last reported a returning visit. Written by visitStore.ts,
 *                            which validates it (anything unreadable: counted as a new browser).
 *   sin.visitSource          Campaign code of the current visit, /^[a-z0-9-]{1,32}$/; removed
 *                            when a new visit starts.
 *   sin.lastVisitDay         Version 0 of the visit marker ('YYYY-MM-DD' of the last visit).
 *                            Read once into sin.visits.v1, then removed.
 *   sin.analyticsOptOut      '1' when the visitor opted out of being counted.
 * sessionStorage
 *   sin.visit                Version 0 visit marker ('1': one visit per tab). No longer
 *                            written; it goes when the tab closes or on an erase.
 *   sin.source               Version 0 campaign code of a tab's visit. No longer written either.
 * both
 *   sin.probe                Written and removed at once the first time the page asks whether
 *                            storage lasts (`isAreaPersistent`), to learn whether writing works.
 *
 * When storage cannot be used (blocked, private mode, quota full) a guarded area keeps working
 * in memory for this page and `isAreaPersistent` turns false so the page can say so. Nothing in
 * here throws to the page. Kept small: the analytics beacon bundles it (budget 2 KB gzip in all).
 */

/** The part of the Web Storage interface the guarded areas use (fakes in tests). */
export type StorageLike = Pick<Storage, 'length' | 'key' | 'getItem' | 'setItem' | 'removeItem'>;

export const KEY_PREFIX = 'sin.';
export const PROGRESS_KEY = 'sin.progress.v1';
export const LEGACY_PROGRESS_KEY = 'sin.progress';
export const UNREADABLE_KEY = 'sin.progress.unreadable';
export const VISITS_KEY = 'sin.visits.v1';
export const VISIT_SOURCE_KEY = 'sin.visitSource';
export const LAST_VISIT_DAY_KEY = 'sin.lastVisitDay';
export const OPT_OUT_KEY = 'sin.analyticsOptOut';
export const VISIT_KEY = 'sin.visit';
export const SOURCE_KEY = 'sin.source';
export const PROBE_KEY = 'sin.probe';

/**
 * One Web Storage area, guarded: the functions below put try/catch around every access. After
 * the first failure the area continues in memory for the rest of the page (with a copy of our
 * keys it could still read, so an opt-out is not forgotten) and leaves the real storage alone.
 * Plain data plus functions rather than a class, so a bundle keeps only the functions it uses.
 */
export interface GuardedStorage {
  /** The real area, or null where there is none (server rendering, blocked storage). */
  readonly storage: StorageLike | null;
  /** Our keys while the area runs in memory; null while real storage is used. */
  memory: Map<string, string> | null;
  /** Whether the write probe of `isAreaPersistent` ran (since the last erase). */
  probed?: boolean;
}

/**
 * Guards the area `open` returns. Opening may throw (merely reading window.localStorage throws
 * a SecurityError when the visitor blocks storage; on the server `window` is not defined) or
 * give null: either way the area lives in memory.
 */
export function guardStorage(open: () => StorageLike | null): GuardedStorage {
  let storage: StorageLike | null = null;
  try {
    storage = open();
  } catch {
    // No storage to use.
  }
  return { storage, memory: storage ? null : new Map() };
}

export function readKey(area: GuardedStorage, key: string): string | null {
  return access(
    area,
    (storage) => storage.getItem(key),
    (memory) => memory.get(key) ?? null,
  );
}

/** Writes `value`; true when it reached real storage. */
export function writeKey(area: GuardedStorage, key: string, value: string): boolean {
  return access(
    area,
    (storage) => {
      storage.setItem(key, value);
      return true;
    },
    (memory) => {
      memory.set(key, value);
      return false;
    },
  );
}

export function removeKey(area: GuardedStorage, key: string): void {
  access(
    area,
    (storage) => storage.removeItem(key),
    (memory) => memory.delete(key),
  );
}

/**
 * False once the area lives in memory only (gone after this page). Old Safari private mode
 * reads fine but refuses every write: a write probe (on first call, and again after an erase)
 * learns that before the page promises the visitor that progress will be kept.
 */
export function isAreaPersistent(area: GuardedStorage): boolean {
  if (!area.probed) {
    area.probed = true;
    writeKey(area, PROBE_KEY, '1');
    removeKey(area, PROBE_KEY);
  }
  return area.memory === null;
}

/** Removes our keys from memory and, even after a failure, from real storage. */
export function eraseSiteKeys(area: GuardedStorage): void {
  area.memory?.clear();
  const { storage } = area;
  if (!storage) return;
  try {
    for (const key of [...siteKeys(storage)]) storage.removeItem(key);
    // Removing worked, so storage may be usable again (a full quota was freed): try anew.
    area.memory = null;
    area.probed = false;
  } catch {
    area.memory = new Map();
  }
}

// Runs `onStorage` on real storage while that works. The first failure moves the area to
// memory for the rest of the page, starting with a copy of our keys that can still be read
// (so an opt-out is not forgotten); from then on, and where there is no storage, `inMemory` answers.
function access<T>(
  area: GuardedStorage,
  onStorage: (storage: StorageLike) => T,
  inMemory: (memory: Map<string, string>) => T,
): T {
  // `memory` is null only while real storage is used, so `storage` is there then.
  const storage = area.storage!;
  if (!area.memory) {
    try {
      return onStorage(storage);
    } catch {
      const copy = new Map<string, string>();
      try {
        for (const key of siteKeys(storage)) copy.set(key, storage.getItem(key) ?? '');
      } catch {
        // Nothing readable: start empty.
      }
      area.memory = copy;
    }
  }
  return inMemory(area.memory!);
}

// Our keys in `storage`, last first. Collect them before removing any: removing renumbers the rest.
function* siteKeys(storage: StorageLike): Generator<string> {
  for (let index = storage.length; index--; ) {
    const key = storage.key(index);
    if (key?.startsWith(KEY_PREFIX)) yield key;
  }
}

/**
 * This browser's two areas (in memory only on the server), shared by every module in the
 * bundle so progress, visit markers and "Alles wissen" see the same fallback state.
 * Creating them reads no key.
 */
export const localArea: GuardedStorage = /* @__PURE__ */ guardStorage(() => window.localStorage);
export const sessionArea: GuardedStorage = /* @__PURE__ */ guardStorage(() => window.sessionStorage);
