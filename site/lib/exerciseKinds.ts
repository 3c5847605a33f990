import { EXERCISE_BLOCK_TYPES } from '../../cms/blocks/exerciseBlockTypes';

/**
 * The block types that are numbered exercises (rendered by components/course/Exercise.astro,
 * listed as steps of a module): the CMS's one list, as a set.
 */
export const EXERCISE_KINDS: ReadonlySet<string> = new Set(EXERCISE_BLOCK_TYPES);
