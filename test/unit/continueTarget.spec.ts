import { describe, expect, test } from 'vitest';
import { continueTarget, courseCounts } from '../../site/lib/continueTarget';
import { createProgressStore } from '../../site/lib/progressStore';
import { FakeStorage } from './fakeStorage';

const SLUGS = ['begrijpen-waarom', 'de-online-wereld', 'triggers', 'denkfouten', 'echte-minderjarigen', 'fantasieen', 'verslaving', 'gevolgen'];

function store() {
  return createProgressStore({ local: new FakeStorage(), session: new FakeStorage(), today: () => '2026-11-30' });
}

describe('continueTarget', () => {
  test('starts with the first module when nothing was done yet', () => {
    expect(continueTarget(SLUGS, store().getState())).toEqual({ kind: 'start', slug: 'begrijpen-waarom' });
  });

  test('goes back to the module worked on last when it is not finished', () => {
    const s = store();
    s.finishModule('triggers');
    s.setAnswer('verslaving', 'drangdagboek', { rows: { 0: { situation: 'thuis' } } });
    expect(continueTarget(SLUGS, s.getState())).toEqual({ kind: 'resume', slug: 'verslaving' });
  });

  test('goes on to the next module after finishing module 7, not back to module 7', () => {
    const s = store();
    s.setAnswer('verslaving', 'drangdagboek', { rows: { 0: { situation: 'thuis' } } });
    s.finishModule('verslaving');
    expect(continueTarget(SLUGS, s.getState())).toEqual({ kind: 'next', slug: 'gevolgen' });
  });

  test('skips modules already finished and wraps round to an earlier one', () => {
    const s = store();
    s.finishModule('begrijpen-waarom');
    s.finishModule('gevolgen');
    s.finishModule('verslaving');
    expect(continueTarget(SLUGS, s.getState())).toEqual({ kind: 'next', slug: 'de-online-wereld' });
  });

  test('a rating alone counts as the place to come back to', () => {
    const s = store();
    s.setRating('fantasieen', 'before', 'stelling', 2);
    expect(continueTarget(SLUGS, s.getState())).toEqual({ kind: 'resume', slug: 'fantasieen' });
  });

  test('without a known last module, resumes a started module, else the first unfinished one', () => {
    const s = store();
    s.replaceState({ version: 1, updatedAt: '2026-11-30', modules: { triggers: { started: true, finished: false, answers: {} } } });
    expect(continueTarget(SLUGS, s.getState())).toEqual({ kind: 'resume', slug: 'triggers' });
    s.replaceState({ version: 1, updatedAt: '2026-11-30', lastModule: 'weg-uit-de-cursus', modules: { 'begrijpen-waarom': { started: true, finished: true, answers: {} } } });
    expect(continueTarget(SLUGS, s.getState())).toEqual({ kind: 'next', slug: 'de-online-wereld' });
  });

  test('has nothing to continue when every module is finished', () => {
    const s = store();
    for (const slug of SLUGS) s.finishModule(slug);
    expect(continueTarget(SLUGS, s.getState())).toEqual({ kind: 'allDone' });
  });
});

describe('courseCounts', () => {
  test('counts finished, started and untouched modules', () => {
    const s = store();
    s.finishModule('triggers');
    s.finishModule('verslaving');
    s.setAnswer('gevolgen', 'reflectie', 'iets');
    expect(courseCounts(SLUGS, s.getState())).toEqual({ done: 2, busy: 1, new: 5 });
  });
});
