/**
 * Visit markers for anonymous counting: visit flags, this visit's campaign code and the
 * analytics opt-out. Kept apart from `progressStore.ts` (which offers the same functions as
 * part of its store) so the analytics beacon bundles only this and `browserStorage.ts`, where
 * the keys are documented. Plain functions over guarded areas, so a bundle keeps only what it uses.
 */
import {
  type GuardedStorage,
  LAST_VISIT_DAY_KEY,
  localArea,
  OPT_OUT_KEY,
  readKey,
  removeKey,
  SOURCE_KEY,
  sessionArea,
  VISIT_KEY,
  writeKey,
} from './browserStorage';
import { SOURCE_CODE, type VisitFlags } from './buildBeacon';
import { isCalendarDay } from './calendarDay';

export interface VisitStore {
  /** Anonymous visit flags; records this visit. All false when opted out or storage cannot remember. */
  computeVisitFlags(todayYmd: string): VisitFlags;
  /** Remembers this visit's campaign code; false (and ignored) when it is not a valid code. */
  setCampaignSource(code: string): boolean;
  /** This visit's campaign code, or null. */
  getCampaignSource(): string | null;
  /** True when the visitor opted out of being counted on this device. */
  isAnalyticsOptedOut(): boolean;
  setAnalyticsOptOut(on: boolean): void;
}

/** All flags false: nothing to count (also what module events carry). */
export const noVisitFlags = (): VisitFlags => ({ newVisit: false, firstToday: false, returning: false });

// Each function works on this browser's areas (shared with `progressStore`) unless given others:
// `progressStore` passes the areas of its own store, tests pass fakes.

export function computeVisitFlags(todayYmd: string, local = localArea, session = sessionArea): VisitFlags {
  const seenThisVisit = readKey(session, VISIT_KEY) !== null;
  const lastDay = readKey(local, LAST_VISIT_DAY_KEY);
  // Nothing is written for an invalid day or after an opt-out. Without lasting storage every
  // page would look like a new visit, so nothing is counted unless both markers reached real
  // storage (local first: a full local quota is the likely failure, then the visit stays unmarked).
  if (
    !isCalendarDay(todayYmd) ||
    isAnalyticsOptedOut(local) ||
    !writeKey(local, LAST_VISIT_DAY_KEY, todayYmd) ||
    !writeKey(session, VISIT_KEY, '1')
  ) {
    return noVisitFlags();
  }
  return {
    newVisit: !seenThisVisit,
    // A stored day equal to today is valid; anything else unreadable counts as no earlier visit.
    firstToday: lastDay !== todayYmd,
    returning: isCalendarDay(lastDay) && lastDay < todayYmd,
  };
}

export function setCampaignSource(code: string, session = sessionArea): boolean {
  if (typeof code !== 'string' || !SOURCE_CODE.test(code)) return false;
  writeKey(session, SOURCE_KEY, code);
  return true;
}

export function getCampaignSource(session = sessionArea): string | null {
  const code = readKey(session, SOURCE_KEY);
  return SOURCE_CODE.test(code ?? '') ? code : null;
}

export function isAnalyticsOptedOut(local = localArea): boolean {
  return readKey(local, OPT_OUT_KEY) === '1';
}

export function setAnalyticsOptOut(on: boolean, local = localArea): void {
  if (on) writeKey(local, OPT_OUT_KEY, '1');
  else removeKey(local, OPT_OUT_KEY);
}

/** The visit functions over the given areas, as one object (`progressStore` and tests). */
export function createVisitStore(local: GuardedStorage, session: GuardedStorage): VisitStore {
  return {
    computeVisitFlags: (todayYmd) => computeVisitFlags(todayYmd, local, session),
    setCampaignSource: (code) => setCampaignSource(code, session),
    getCampaignSource: () => getCampaignSource(session),
    isAnalyticsOptedOut: () => isAnalyticsOptedOut(local),
    setAnalyticsOptOut: (on) => setAnalyticsOptOut(on, local),
  };
}
