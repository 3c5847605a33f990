import type { PlanExercise } from '../../cms/siteData/types';
import type { ProgressState } from './progressStore';

export type PlanSectionKey = PlanExercise['section'];
export type CompiledPlan = Record<PlanSectionKey, string[]>;

type Json = Record<string, unknown>;
const text = (v: unknown) => (typeof v === 'string' ? v.trim() : '');

/** Fill-in table rows: fixed rows in the block's order, blank rows in the order they were filled. */
function tableLines(exercise: PlanExercise, rows: Json): string[] {
  const columns = exercise.columns ?? [];
  const fixed = Object.keys(exercise.labels);
  const keys = fixed.length ? fixed : Object.keys(rows).sort((a, b) => Number(a) - Number(b));
  const lines: string[] = [];
  for (const key of keys) {
    const row = (rows[key] ?? {}) as Json;
    const cells = columns.map((c) => text(row[c.key])).filter(Boolean);
    if (!cells.length) continue;
    lines.push(fixed.length ? `${exercise.labels[key]}: ${cells.join(' – ')}` : cells.join(' → '));
  }
  return lines;
}

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
    case 'fillInTable':
      return a.rows && typeof a.rows === 'object' ? tableLines(exercise, a.rows as Json) : [];
    default:
      return [text(a.text)].filter(Boolean);
  }
}

/** An empty plan with every section, in the order the plan shows them. */
export function emptyPlan(): CompiledPlan {
  return { triggers: [], warningSigns: [], riskySituations: [], techniques: [], people: [], goals: [], slipPlan: [] };
}

/** Builds the personal plan from the progress kept in this browser. */
export function compilePlan(exercises: PlanExercise[], state: ProgressState): CompiledPlan {
  const plan = emptyPlan();
  for (const exercise of exercises) {
    const answer = state.modules[exercise.moduleSlug]?.answers[exercise.key];
    const section = plan[exercise.section];
    if (!section) continue;
    for (const line of linesOf(exercise, answer)) if (!section.includes(line)) section.push(line);
  }
  return plan;
}
