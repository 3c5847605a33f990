/**
 * The shape of a visitor's course progress (version 1) and the type guard that decides
 * whether stored or imported data can be trusted. Pure: no storage, no DOM.
 * `browserStorage.ts` documents where this is kept; `progressMigrations.ts` upgrades older shapes.
 */
import { isCalendarDay } from './calendarDay';

export const PROGRESS_VERSION = 1;
/** Longest string kept in an answer; longer text is cut off when saved. */
export const MAX_STRING_LENGTH = 5_000;
/** Upper bound of the serialised state (characters of JSON), about 1 MB. */
export const MAX_STATE_CHARS = 1_000_000;
// Answers are form data (lists, rows of a diary); deeper nesting is not something we write.
const MAX_ANSWER_DEPTH = 8;
// Module slugs and stable keys from the CMS are lower-case a-z, 0-9 and dashes. The pattern
// also keeps '__proto__' out of the records we build.
const KEY_PATTERN = /^[a-z0-9-]{1,64}$/;

/** An answer: anything JSON can hold, strings capped at MAX_STRING_LENGTH. */
export type AnswerValue = string | number | boolean | null | readonly AnswerValue[] | { readonly [key: string]: AnswerValue };

/** A self-rating on the 3-point scale ("weinig", "enig", "veel"). */
export type Rating = 1 | 2 | 3;

export interface ModuleProgress {
  readonly started: boolean;
  readonly finished: boolean;
  /** Self-rating per statement key at the start of the module. */
  readonly before?: Readonly<Record<string, Rating>>;
  /** Self-rating per statement key at the end of the module. */
  readonly after?: Readonly<Record<string, Rating>>;
  /** Answer per exercise key. Answers of exercises that no longer exist are kept. */
  readonly answers: Readonly<Record<string, AnswerValue>>;
}

export interface ProgressState {
  readonly version: 1;
  /** Day of the last change, 'YYYY-MM-DD' (never a time). */
  readonly updatedAt: string;
  /** Slug of the module worked on last. */
  readonly lastModule?: string;
  readonly modules: Readonly<Record<string, ModuleProgress>>;
}

/** True for a module slug, exercise key or statement key we can store under. */
export function isProgressKey(value: unknown): value is string {
  return typeof value === 'string' && KEY_PATTERN.test(value);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function hasOnlyKeys(value: Record<string, unknown>, allowed: readonly string[]): boolean {
  return Object.keys(value).every((key) => allowed.includes(key));
}

function isRecordOf<T>(value: unknown, isItem: (item: unknown) => item is T): value is Record<string, T> {
  return isPlainObject(value) && Object.entries(value).every(([key, item]) => isProgressKey(key) && isItem(item));
}

/** True for JSON data within the caps (finite numbers, strings up to MAX_STRING_LENGTH). */
export function isAnswerValue(value: unknown, depth = 0): value is AnswerValue {
  if (value === null || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (typeof value === 'string') return value.length <= MAX_STRING_LENGTH;
  if (depth >= MAX_ANSWER_DEPTH) return false;
  if (Array.isArray(value)) return value.every((item) => isAnswerValue(item, depth + 1));
  return (
    isPlainObject(value) &&
    Object.entries(value).every(([key, item]) => key.length <= MAX_STRING_LENGTH && isAnswerValue(item, depth + 1))
  );
}

export function isRating(value: unknown): value is Rating {
  return value === 1 || value === 2 || value === 3;
}

function isModuleProgress(value: unknown): value is ModuleProgress {
  return (
    isPlainObject(value) &&
    hasOnlyKeys(value, ['started', 'finished', 'before', 'after', 'answers']) &&
    typeof value.started === 'boolean' &&
    typeof value.finished === 'boolean' &&
    (value.before === undefined || isRecordOf(value.before, isRating)) &&
    (value.after === undefined || isRecordOf(value.after, isRating)) &&
    isRecordOf(value.answers, (item): item is AnswerValue => isAnswerValue(item))
  );
}

/** The type guard for progress version 1: everything loaded or imported passes through it. */
export function isProgressState(value: unknown): value is ProgressState {
  return (
    isPlainObject(value) &&
    hasOnlyKeys(value, ['version', 'updatedAt', 'lastModule', 'modules']) &&
    value.version === PROGRESS_VERSION &&
    isCalendarDay(value.updatedAt) &&
    (value.lastModule === undefined || isProgressKey(value.lastModule)) &&
    isRecordOf(value.modules, isModuleProgress)
  );
}

/** A state without any progress. */
export function emptyProgress(today: string): ProgressState {
  return { version: PROGRESS_VERSION, updatedAt: today, modules: {} };
}

function capString(text: string): string {
  if (text.length <= MAX_STRING_LENGTH) return text;
  // Never end on the first half of a surrogate pair (an emoji cut in two).
  const last = text.charCodeAt(MAX_STRING_LENGTH - 1);
  return text.slice(0, last >= 0xd800 && last <= 0xdbff ? MAX_STRING_LENGTH - 1 : MAX_STRING_LENGTH);
}

/**
 * A detached copy of `value` as an answer, strings cut off at MAX_STRING_LENGTH; undefined
 * when it is not JSON data (functions, NaN, undefined, nesting deeper than we store).
 */
export function capAnswer(value: unknown, depth = 0): AnswerValue | undefined {
  if (value === null || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'string') return capString(value);
  if (depth >= MAX_ANSWER_DEPTH) return undefined;
  if (Array.isArray(value)) {
    const items = value.map((item) => capAnswer(item, depth + 1));
    return items.every((item) => item !== undefined) ? (items as AnswerValue[]) : undefined;
  }
  if (!isPlainObject(value)) return undefined;
  const entries = Object.entries(value).map(([key, item]) => [capString(key), capAnswer(item, depth + 1)]);
  return entries.every(([, item]) => item !== undefined) ? Object.fromEntries(entries) : undefined;
}
