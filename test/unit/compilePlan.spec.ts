import { describe, expect, test } from 'vitest';
import type { PlanExercise } from '../../cms/siteData/types';
import { compilePlan } from '../../site/lib/compilePlan';
import type { ProgressState } from '../../site/lib/progressStore';

const base = { moduleSlug: 'terugval-voorkomen', moduleNumber: 16, moduleTitle: 'Terugval voorkomen', title: 'x' };

function state(answers: Record<string, unknown>, slug = base.moduleSlug): ProgressState {
  return { version: 1, updatedAt: '2026-11-29', modules: { [slug]: { started: true, finished: false, answers: answers as never } } };
}

describe('compilePlan', () => {
  test('turns blank table rows into "cell → cell" lines in the order they were filled, skipping empty rows', () => {
    const exercise: PlanExercise = { ...base, section: 'riskySituations', key: 'risico', kind: 'fillInTable', labels: {}, columns: [{ key: 'situatie', label: 'Situatie' }, { key: 'aanpak', label: 'Aanpak' }] };
    const plan = compilePlan([exercise], state({ risico: { rows: { '10': { situatie: 'Laat op de avond' }, '2': { situatie: 'Zondag', aanpak: 'Sporten' }, '3': { aanpak: '  ' } } } }));
    expect(plan.riskySituations).toEqual(['Zondag → Sporten', 'Laat op de avond']);
  });

  test('labels fixed table rows and leaves out the columns that are not for the plan', () => {
    const exercise: PlanExercise = {
      ...base,
      section: 'goals',
      key: 'goederen',
      kind: 'fillInTable',
      labels: { rust: 'Innerlijke rust', kennis: 'Kennis' },
      columns: [{ key: 'doel', label: 'Mijn naderingsdoel' }],
    };
    const plan = compilePlan([exercise], state({ goederen: { rows: { kennis: { gaf: 'geheim', doel: 'Een cursus' }, rust: { doel: 'Wandelen' } } } }));
    expect(plan.goals).toEqual(['Innerlijke rust: Wandelen', 'Kennis: Een cursus']);
    expect(JSON.stringify(plan)).not.toContain('geheim');
  });

  test('fills every section, including the slip plan, and ignores answers of unknown shape', () => {
    const exercises: PlanExercise[] = [
      { ...base, section: 'slipPlan', key: 'mis', kind: 'fillInTable', labels: { meteen: 'Wat ik meteen doe' }, columns: [{ key: 'plan', label: 'Plan' }] },
      { ...base, section: 'people', key: 'mensen', kind: 'reflection', labels: {} },
      { ...base, section: 'warningSigns', key: 'signalen', kind: 'warningSigns', labels: {} },
    ];
    const plan = compilePlan(exercises, state({ mis: { rows: { meteen: { plan: 'Naar buiten' } } }, mensen: 'geen object', signalen: { rows: { '0': { sign: 'Moe', action: 'Slapen' } } } }));
    expect(plan.slipPlan).toEqual(['Wat ik meteen doe: Naar buiten']);
    expect(plan.people).toEqual([]);
    expect(plan.warningSigns).toEqual(['Moe → Slapen']);
    expect(Object.keys(plan)).toEqual(['triggers', 'warningSigns', 'riskySituations', 'techniques', 'people', 'goals', 'slipPlan']);
  });
});
