/**
 * The public surface of `progressStore.ts`, kept apart so the store file holds only its code.
 */
import type { StorageLike } from './browserStorage';
import type { ModuleProgress, ProgressState, Rating } from './progressState';
import type { VisitStore } from './visitStore';

export type { StorageLike } from './browserStorage';

export type ModuleStatus = 'new' | 'busy' | 'done';

export interface ProgressStoreOptions {
  local?: StorageLike | null;
  session?: StorageLike | null;
  /** Where 'storage' events from other tabs arrive (the window in a browser). */
  events?: Pick<EventTarget, 'addEventListener'> | null;
  /** Today as 'YYYY-MM-DD'; defaults to the visitor's own calendar day. */
  today?: () => string;
}

/** Progress functions plus the visit functions of `visitStore.ts`, over the same storage. */
export interface ProgressStore extends VisitStore {
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
}
