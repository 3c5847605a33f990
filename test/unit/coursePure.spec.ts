import { describe, expect, test } from 'vitest';
import type { BlockView } from '../../cms/siteData/types';
import { isAnswered } from '../../site/lib/isAnswered';
import { keptStartTime } from '../../site/lib/keptStartTime';
import { blockAnchor, moduleSteps } from '../../site/lib/moduleSteps';
import { rangeProblem } from '../../site/lib/rangeProblem';

describe('rangeProblem', () => {
  test('accepts an empty field and whole numbers within the range', () => {
    expect(rangeProblem('', 1, 10)).toBeNull();
    expect(rangeProblem('  ', 1, 10)).toBeNull();
    expect(rangeProblem('1', 1, 10)).toBeNull();
    expect(rangeProblem(' 10 ', 1, 10)).toBeNull();
  });

  test('says in Dutch when a number is too high or too low', () => {
    expect(rangeProblem('15', 1, 10)).toBe('15 is te hoog. Kies een heel getal van 1 tot en met 10.');
    expect(rangeProblem('0', 1, 10)).toBe('0 is te laag. Kies een heel getal van 1 tot en met 10.');
    expect(rangeProblem('-3', 1, 10)).toBe('-3 is te laag. Kies een heel getal van 1 tot en met 10.');
  });

  test('refuses what is not a whole number', () => {
    for (const raw of ['7,5', '7.5', 'acht', '1e1', '5 of 6']) {
      expect(rangeProblem(raw, 1, 10)).toBe('Vul alleen een getal in. Kies een heel getal van 1 tot en met 10.');
    }
  });
});

describe('isAnswered', () => {
  test('is true once anything was filled in or ticked', () => {
    expect(isAnswered('tekst')).toBe(true);
    expect(isAnswered({ checked: ['moe'] })).toBe(true);
    expect(isAnswered({ rows: { 2: { before: '7' } } })).toBe(true);
    expect(isAnswered({ rows: { volwassenenporno: 'verslaving' } })).toBe(true);
  });

  test('is false for blank text, empty lists and missing answers', () => {
    expect(isAnswered(undefined)).toBe(false);
    expect(isAnswered('   ')).toBe(false);
    expect(isAnswered({ checked: [], other: ' ' })).toBe(false);
    expect(isAnswered({ rows: {} })).toBe(false);
  });
});

describe('moduleSteps', () => {
  const blocks: BlockView[] = [
    { blockType: 'goals', items: [] },
    { blockType: 'selfRating', key: 'vertrekpunt' },
    { blockType: 'content', heading: 'Verslaving en dwangmatig gedrag' },
    { blockType: 'quote', text: 'Citaat' },
    { blockType: 'classification', key: 'verslaving-of-dwang', title: 'Verslaving of dwangmatig gedrag?' },
    { blockType: 'content' },
    { blockType: 'urgeDiary', key: 'drangdagboek', title: 'Jouw drangdagboek' },
    { blockType: 'contactPrompt', text: 'Bel ons' },
  ];

  test('lists goals, starting point, explanations, numbered exercises and finishing, in page order', () => {
    expect(moduleSteps(blocks)).toEqual([
      { id: 'doelen', label: 'Doelen' },
      { id: 'vertrekpunt', label: 'Vertrekpunt' },
      { id: 'uitleg-3', label: 'Verslaving en dwangmatig gedrag' },
      { id: 'oefening-verslaving-of-dwang', label: 'Oefening 1: Verslaving of dwangmatig gedrag?', exerciseKey: 'verslaving-of-dwang' },
      { id: 'uitleg-6', label: 'Uitleg' },
      { id: 'oefening-drangdagboek', label: 'Oefening 2: Jouw drangdagboek', exerciseKey: 'drangdagboek' },
      { id: 'afronden', label: 'Module afronden' },
    ]);
  });

  test('links every step to the anchor its block is rendered with', () => {
    const anchors = blocks.map((b, i) => blockAnchor(b, i)).filter(Boolean);
    for (const step of moduleSteps(blocks, { finish: false })) expect(anchors).toContain(step.id);
  });
});

describe('keptStartTime', () => {
  const now = 1_800_000_000_000;

  test('keeps the time the form was first opened', () => {
    expect(keptStartTime(String(now - 60_000), now)).toBe(now - 60_000);
  });

  test('starts afresh for a missing, malformed or future time', () => {
    expect(keptStartTime(undefined, now)).toBeUndefined();
    expect(keptStartTime('', now)).toBeUndefined();
    expect(keptStartTime('12abc', now)).toBeUndefined();
    expect(keptStartTime('0', now)).toBeUndefined();
    expect(keptStartTime(String(now + 1), now)).toBeUndefined();
    expect(keptStartTime('9'.repeat(17), now)).toBeUndefined();
  });
});
