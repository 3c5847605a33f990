/**
 * Where "continue" on the course overview leads, from this browser's progress. Pure.
 *
 * - nothing done or started yet: start with the first module;
 * - the module worked on last is not finished: back to it;
 * - it is finished: the next module after it that is not finished (wrapping round), so
 *   finishing module 7 leads to module 8, not back to 7;
 * - everything finished: nothing left to continue (the page points to the plan).
 */
import type { ProgressState } from './progressState';
import { moduleIn, statusOf } from './progressUpdates';

export type ContinueTarget = { kind: 'start' | 'resume' | 'next'; slug: string } | { kind: 'allDone' };

export function continueTarget(slugs: readonly string[], state: ProgressState): ContinueTarget {
  const status = (slug: string) => statusOf(moduleIn(state, slug));
  const first = slugs[0];
  if (first === undefined) return { kind: 'allDone' };
  if (slugs.every((slug) => status(slug) === 'done')) return { kind: 'allDone' };

  const last = state.lastModule;
  const lastIndex = last === undefined ? -1 : slugs.indexOf(last);
  if (lastIndex >= 0) {
    if (status(slugs[lastIndex] as string) !== 'done') return { kind: 'resume', slug: slugs[lastIndex] as string };
    for (let step = 1; step < slugs.length; step++) {
      const slug = slugs[(lastIndex + step) % slugs.length] as string;
      if (status(slug) !== 'done') return { kind: 'next', slug };
    }
  }
  // No (known) last module, e.g. progress imported from an older version.
  const busy = slugs.find((slug) => status(slug) === 'busy');
  if (busy) return { kind: 'resume', slug: busy };
  const untouched = slugs.every((slug) => status(slug) === 'new');
  const open = slugs.find((slug) => status(slug) !== 'done') as string;
  return untouched ? { kind: 'start', slug: first } : { kind: 'next', slug: open };
}

/** How many modules are finished, started (not finished) and not started. */
export function courseCounts(slugs: readonly string[], state: ProgressState): { done: number; busy: number; new: number } {
  const counts = { done: 0, busy: 0, new: 0 };
  for (const slug of slugs) counts[statusOf(moduleIn(state, slug))]++;
  return counts;
}
