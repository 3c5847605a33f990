/**
 * The public surface of `progressStore.ts`, kept apart so the store file holds only the code
 * that touches storage.
 */
import type { VisitFlags } from './buildBeacon';
import type { ModuleProgress, ProgressState, Rating } from './progressState';

/** The part of the Web Storage interface the store uses (fakes in tests). */
export type StorageLike = Pick<Storage, 'length' | 'key' | 'getItem' | 'setItem' | 'removeItem'>;

export type ModuleStatus = 'new' | 'busy' | 'done';

export interface ProgressStoreOptions {
  local?: StorageLike | null;
  session?: StorageLike | null;
  /** Where 'storage' events from other tabs arrive (the window in a browser). */
  events?: Pick<EventTarget, 'addEventListener'> | null;
  /** Today as 'YYYY-MM-DD'; defaults to the visitor's own calendar day. */
  today?: () => string;
}

export interface ProgressStore {
  /** The current progress (frozen; change it through the functions below). */
  getState(): ProgressState;
  /** Progress of one module, or undefined when nothing was saved for it. */
  getModule(slug: string): ModuleProgress | undefined;
  /**
   * Saves an answer (strings cut at 5,000 characters) and marks the module started and last
   * worked on. `firstAnswer` is true when this call started the module; `saved` is false
   * when the slug, key or value cannot be stored or the state would grow past ~1 MB.
   */
  setAnswer(slug: string, exerciseKey: string, value: unknown): { firstAnswer: boolean; saved: boolean };
  /** Saves a self-rating from the start ('before') or end ('after') of a module; false when not storable. */
  setRating(slug: string, moment: 'before' | 'after', statementKey: string, rating: Rating): boolean;
  /** Marks a module finished (and started); false when the slug is not storable. */
  finishModule(slug: string): boolean;
  /** 'new' before anything was saved, 'busy' once started, 'done' once finished. */
  moduleStatus(slug: string): ModuleStatus;
  /** Calls `listener` after every change, also after changes in another tab. Returns unsubscribe. */
  subscribe(listener: (state: ProgressState) => void): () => void;
  /** Replaces all progress (import). Validates first; false when `state` is not valid progress. */
  replaceState(state: unknown): boolean;
  /** "Alles wissen": removes every `sin.` key (the opt-out too) from both storages; starts empty. */
  eraseAll(): void;
  /** False when progress lives in memory only and is gone after this page. */
  isPersistent(): boolean;
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
