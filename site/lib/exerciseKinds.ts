/**
 * The block types that are numbered exercises (rendered by components/course/Exercise.astro,
 * listed as steps of a module). A new exercise kind is added here, and its fields in
 * components/course/ExerciseFields.astro.
 */
export const EXERCISE_KINDS: ReadonlySet<string> = new Set([
  'reflection',
  'checklist',
  'classification',
  'techniquePicker',
  'urgeDiary',
  'goalSetting',
  'warningSigns',
  'fillInTable',
  'selfTest',
]);
