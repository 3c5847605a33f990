/**
 * Visit markers for anonymous counting: the visit flags, this visit's campaign code and the
 * analytics opt-out. Kept apart from `progressStore.ts` (which offers the same functions as
 * part of its store) so the analytics beacon bundles only this, `browserStorage.ts` and a date
 * helper. Plain functions over guarded areas, so a bundle keeps only what it uses.
 *
 * Stored (localStorage, keys documented in `browserStorage.ts`; nothing here is ever sent):
 *
 *   sin.visits.v1    JSON { first: 'YYYY-MM-DD', last: number, ret: 'YYYY' | '' }
 *                    first  the first day (in Amsterdam) this browser was counted;
 *                    last   the time of the last counted page view, ms since 1970 (for the
 *                           30-minute rule; the only time of day the site keeps);
 *                    ret    the year this browser last reported a returning visit.
 *                    Anything else under this key is discarded and the browser counts as new.
 *   sin.visitSource  The campaign code of the current visit, /^[a-z0-9-]{1,32}$/; removed
 *                    when a new visit starts.
 *   sin.lastVisitDay Version 0 ('YYYY-MM-DD' of the last visit): read once as `first` (the
 *                    browser was seen by then), then removed.
 *
 * The definitions (README, "Analytics beacon contract"): a visit ends after 30 minutes without
 * a page view, and at midnight in Amsterdam. The month and year "last reported" are those of
 * `last`, because every counted page view updates it and the first one of a month reports it.
 */
import { amsterdamDay } from './amsterdamDay';
import {
  type GuardedStorage,
  LAST_VISIT_DAY_KEY,
  localArea,
  OPT_OUT_KEY,
  readKey,
  removeKey,
  VISIT_SOURCE_KEY,
  VISITS_KEY,
  writeKey,
} from './browserStorage';
import { SOURCE_CODE, VISIT_FLAGS, type VisitFlags } from './buildBeacon';
import { isCalendarDay } from './calendarDay';

/** A visit ends after this long without a page view (the web-analytics convention). */
export const VISIT_TIMEOUT_MS = 30 * 60_000;

/** What `sin.visits.v1` holds (see the header). */
export interface VisitRecord {
  first: string;
  last: number;
  ret: string;
}

export interface VisitStore {
  /**
   * Records a page view at `now` (ms since 1970) and returns its anonymous flags. All false
   * when opted out or when storage cannot remember (then every page would look like a new visit).
   */
  computeVisitFlags(now: number): VisitFlags;
  /** Remembers the campaign code for the rest of this visit; false (and ignored) when it is not a valid code. */
  setCampaignSource(code: string): boolean;
  /** This visit's campaign code, or null. */
  getCampaignSource(): string | null;
  /** True when the visitor opted out of being counted on this device. */
  isAnalyticsOptedOut(): boolean;
  setAnalyticsOptOut(on: boolean): void;
}

/** All flags false: nothing to count (also what module events carry). */
export const noVisitFlags = (): VisitFlags => Object.fromEntries(VISIT_FLAGS.map((flag) => [flag, false])) as unknown as VisitFlags;

/** Type guard for `sin.visits.v1`. */
export function isVisitRecord(value: unknown): value is VisitRecord {
  const record = value as VisitRecord | null;
  return (
    typeof record === 'object' &&
    record !== null &&
    isCalendarDay(record.first) &&
    Number.isSafeInteger(record.last) &&
    record.last >= 0 &&
    /^(\d{4})?$/.test(String(record.ret))
  );
}

/** The stored record; a version-0 day becomes `first`; anything unreadable is no record. */
export function loadVisitRecord(local = localArea): VisitRecord | null {
  let value: unknown;
  try {
    value = JSON.parse(readKey(local, VISITS_KEY) ?? '');
  } catch {
    // Nothing stored, or damaged: counted as a browser seen for the first time.
  }
  if (isVisitRecord(value)) return value;
  const day = readKey(local, LAST_VISIT_DAY_KEY);
  return isCalendarDay(day) ? { first: day, last: 0, ret: '' } : null;
}

// Each function works on this browser's local area (shared with `progressStore`) unless given
// another: `progressStore` passes the area of its own store, tests pass fakes.

export function computeVisitFlags(now: number, local = localArea): VisitFlags {
  if (!Number.isSafeInteger(now) || now < 0 || isAnalyticsOptedOut(local)) return noVisitFlags();
  const today = amsterdamDay(now);
  const before = loadVisitRecord(local);
  const lastDay = before ? amsterdamDay(before.last) : '';
  const year = today.slice(0, 4);
  // A clock set back (now before `last`) also starts a new visit rather than extending one.
  const newVisit = !before || lastDay !== today || now < before.last || now - before.last > VISIT_TIMEOUT_MS;
  const first = before && before.first < today ? before.first : today;
  const returning = first < today;
  const firstReturningThisYear = newVisit && returning && before?.ret !== year;
  const record: VisitRecord = { first, last: now, ret: firstReturningThisYear ? year : (before?.ret ?? '') };
  // Without lasting storage every page would look like a new visit: count nothing then.
  if (!writeKey(local, VISITS_KEY, JSON.stringify(record))) return noVisitFlags();
  removeKey(local, LAST_VISIT_DAY_KEY);
  if (newVisit) removeKey(local, VISIT_SOURCE_KEY);
  return {
    newVisit,
    firstToday: lastDay !== today,
    returning,
    firstThisMonth: lastDay.slice(0, 7) !== today.slice(0, 7),
    firstThisYear: lastDay.slice(0, 4) !== year,
    firstReturningThisYear,
  };
}

export function setCampaignSource(code: string, local = localArea): boolean {
  if (typeof code !== 'string' || !SOURCE_CODE.test(code)) return false;
  writeKey(local, VISIT_SOURCE_KEY, code);
  return true;
}

export function getCampaignSource(local = localArea): string | null {
  const code = readKey(local, VISIT_SOURCE_KEY);
  return SOURCE_CODE.test(code ?? '') ? code : null;
}

export function isAnalyticsOptedOut(local = localArea): boolean {
  return readKey(local, OPT_OUT_KEY) === '1';
}

export function setAnalyticsOptOut(on: boolean, local = localArea): void {
  if (on) writeKey(local, OPT_OUT_KEY, '1');
  else removeKey(local, OPT_OUT_KEY);
}

/** The visit functions over the given area, as one object (`progressStore` and tests). */
export function createVisitStore(local: GuardedStorage): VisitStore {
  return {
    computeVisitFlags: (now) => computeVisitFlags(now, local),
    setCampaignSource: (code) => setCampaignSource(code, local),
    getCampaignSource: () => getCampaignSource(local),
    isAnalyticsOptedOut: () => isAnalyticsOptedOut(local),
    setAnalyticsOptOut: (on) => setAnalyticsOptOut(on, local),
  };
}
