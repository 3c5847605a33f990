/**
 * Pure changes to progress: each returns a new state and leaves the old one as it was.
 * `progressStore.ts` saves the result.
 */
import type { AnswerValue, ModuleProgress, ProgressState, Rating } from './progressState';
import type { ModuleStatus } from './progressStoreTypes';

const NO_MODULE: ModuleProgress = Object.freeze({ started: false, finished: false, answers: Object.freeze({}) });

/** The module's progress, or an unstarted one. Own keys only: 'constructor' is a valid slug. */
export function moduleIn(state: ProgressState, slug: string): ModuleProgress {
  return (Object.hasOwn(state.modules, slug) ? state.modules[slug] : undefined) ?? NO_MODULE;
}

function withModule(state: ProgressState, slug: string, module: ModuleProgress, today: string): ProgressState {
  return { version: 1, updatedAt: today, lastModule: slug, modules: { ...state.modules, [slug]: module } };
}

/** Stores an answer and marks the module started. */
export function withAnswer(state: ProgressState, slug: string, exerciseKey: string, answer: AnswerValue, today: string): ProgressState {
  const module = moduleIn(state, slug);
  return withModule(state, slug, { ...module, started: true, answers: { ...module.answers, [exerciseKey]: answer } }, today);
}

/** Stores a self-rating; rating alone does not start the module (the first answer does). */
export function withRating(
  state: ProgressState,
  slug: string,
  moment: 'before' | 'after',
  statementKey: string,
  rating: Rating,
  today: string,
): ProgressState {
  const module = moduleIn(state, slug);
  return withModule(state, slug, { ...module, [moment]: { ...module[moment], [statementKey]: rating } }, today);
}

/** Marks the module finished (and so started). */
export function withFinished(state: ProgressState, slug: string, today: string): ProgressState {
  return withModule(state, slug, { ...moduleIn(state, slug), started: true, finished: true }, today);
}

export function statusOf(module: ModuleProgress): ModuleStatus {
  if (module.finished) return 'done';
  return module.started ? 'busy' : 'new';
}
