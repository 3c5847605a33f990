/**
 * Block types that are exercises (numbered on the page, answers stored in the browser). No
 * imports: the public site reads this list too (site/lib/exerciseKinds.ts). A new exercise kind
 * is added here, and its fields in site/components/course/ExerciseFields.astro.
 */
export const EXERCISE_BLOCK_TYPES = [
  'reflection',
  'checklist',
  'classification',
  'techniquePicker',
  'urgeDiary',
  'goalSetting',
  'warningSigns',
  'fillInTable',
  'selfTest',
] as const;
