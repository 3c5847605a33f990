import type { PlanExercise } from '../../cms/siteData/types';
import type { ProgressState } from './progressStore';

export type PlanSectionKey = PlanExercise['section'];
export type CompiledPlan = Record<PlanSectionKey, string[]>;

type Json = Record<string, unknown>;
const text = (v: unknown) => (typeof v === 'string' ? v.trim() : '');

/** The lines an answer contributes to the plan, depending on the exercise kind. */
function linesOf(exercise: PlanExercise, answer: unknown): string[] {
  if (!answer || typeof answer !== 'object') return [];
  const a = answer as Json;
  const labelled = (keys: unknown) => (Array.isArray(keys) ? keys.map((k) => exercise.labels[String(k)]).filter((l): l is string => Boolean(l)) : []);
  switch (exercise.kind) {
    case 'checklist':
      return [...labelled(a.checked), text(a.other)].filter(Boolean);
    case 'techniquePicker':
      return labelled(a.chosen);
    case 'goalSetting':
      return [text(a.approach) && `Wat ik wil bereiken: ${text(a.approach)}`, text(a.avoidance) && `Wat ik wil vermijden: ${text(a.avoidance)}`].filter(Boolean);
    case 'warningSigns':
      return Object.values((a.rows as Json) ?? {})
        .map((row) => row as Json)
        .filter((row) => text(row.sign))
        .map((row) => (text(row.action) ? `${text(row.sign)} → ${text(row.action)}` : text(row.sign)));
    default:
      return [text(a.text)].filter(Boolean);
  }
}

/** Builds the personal plan from the progress kept in this browser. */
export function compilePlan(exercises: PlanExercise[], state: ProgressState): CompiledPlan {
  const plan: CompiledPlan = { triggers: [], warningSigns: [], techniques: [], people: [], goals: [] };
  for (const exercise of exercises) {
    const answer = state.modules[exercise.moduleSlug]?.answers[exercise.key];
    for (const line of linesOf(exercise, answer)) if (!plan[exercise.section].includes(line)) plan[exercise.section].push(line);
  }
  return plan;
}
