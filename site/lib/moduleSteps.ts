/**
 * The parts of a module, in page order, for its "In deze module" list: goals, starting
 * point, explanations, each exercise, and finishing. Also the anchor each part's component
 * puts on itself (`blockAnchor`), so the list and the page agree. Pure.
 */
import type { BlockView } from '../../cms/siteData/types';
import { EXERCISE_KINDS } from './exerciseKinds';

export interface ModuleStep {
  /** The id of the element the step links to. */
  id: string;
  label: string;
  /** Set for exercises: the key their answer is saved under. */
  exerciseKey?: string;
}

export const FINISH_ANCHOR = 'afronden';

/** The anchor of a block on a module page, or undefined for blocks that are not a step. */
export function blockAnchor(block: BlockView, index: number): string | undefined {
  if (block.blockType === 'goals') return 'doelen';
  if (block.blockType === 'selfRating') return 'vertrekpunt';
  if (block.blockType === 'content') return `uitleg-${index + 1}`;
  if (EXERCISE_KINDS.has(block.blockType) && typeof block.key === 'string') return `oefening-${block.key}`;
  return undefined;
}

export function moduleSteps(blocks: readonly BlockView[], { finish = true } = {}): ModuleStep[] {
  const steps: ModuleStep[] = [];
  let exercise = 0;
  blocks.forEach((block, index) => {
    const id = blockAnchor(block, index);
    if (!id || steps.some((s) => s.id === id)) return;
    if (block.blockType === 'goals') steps.push({ id, label: (block.heading as string) || 'Doelen' });
    else if (block.blockType === 'selfRating') steps.push({ id, label: 'Vertrekpunt' });
    else if (block.blockType === 'content') steps.push({ id, label: (block.heading as string) || 'Uitleg' });
    else steps.push({ id, label: `Oefening ${++exercise}: ${String(block.title ?? '')}`, exerciseKey: block.key as string });
  });
  if (finish) steps.push({ id: FINISH_ANCHOR, label: 'Module afronden' });
  return steps;
}
