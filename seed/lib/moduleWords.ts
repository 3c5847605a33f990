/**
 * Counts the words a visitor reads in a course module, from the stored document shape (the
 * blocks as Payload keeps them, rich text as Lexical JSON). Used by the course test to hold the
 * heavier modules to a minimum depth, and by `seed/wordCounts.ts` to measure editions.
 */

/** Fields whose string values visitors read. Keys, ids, block types and staff-only notes are not counted. */
const VISIBLE_FIELDS = new Set([
  'text',
  'title',
  'prompt',
  'label',
  'name',
  'description',
  'intro',
  'heading',
  'low',
  'mid',
  'high',
  'attribution',
  'result',
  'question',
  'answer',
  'linkLabel',
]);

/** Blocks that explain (the "Uitleg"), as opposed to exercises, goals and the Vertrekpunt. */
const EXPLANATION_BLOCKS = new Set(['content', 'quote']);

function wordsIn(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Every string a visitor can read in a value (a block, a list, a Lexical tree). */
export function visibleStrings(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(visibleStrings);
  if (!value || typeof value !== 'object') return [];
  const out: string[] = [];
  for (const [field, child] of Object.entries(value)) {
    if (typeof child === 'string') {
      if (VISIBLE_FIELDS.has(field)) out.push(child);
    } else {
      out.push(...visibleStrings(child));
    }
  }
  return out;
}

export interface ModuleWordCount {
  /** Everything a visitor reads in the module's blocks. */
  total: number;
  /** Text and quote blocks. */
  explanation: number;
  /** Exercise blocks (titles, instructions, items, rows, techniques). */
  exercises: number;
  /** How many numbered exercises the module has. */
  exerciseCount: number;
}

/** Word counts of a module's layout, split into explanation and exercises. */
export function countModuleWords(layout: readonly { blockType: string }[], exerciseTypes: readonly string[]): ModuleWordCount {
  const count = (blocks: readonly object[]) => visibleStrings(blocks).reduce((sum, s) => sum + wordsIn(s), 0);
  const exercises = layout.filter((b) => exerciseTypes.includes(b.blockType));
  return {
    total: count(layout),
    explanation: count(layout.filter((b) => EXPLANATION_BLOCKS.has(b.blockType))),
    exercises: count(exercises),
    exerciseCount: exercises.length,
  };
}
