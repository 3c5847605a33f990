import { describe, expect, test } from 'vitest';
import { scoreSelfTest } from '../../site/lib/scoreSelfTest';

const config = {
  statementKeys: ['a', 'b', 'c'],
  points: { nee: 0, soms: 1, vaak: 2 },
  results: [
    { fromScore: 4, text: 'veel' },
    { fromScore: 0, text: 'weinig' },
    { fromScore: 2, text: 'een aantal' },
  ],
};

describe('scoreSelfTest', () => {
  test('gives no result until every statement is answered', () => {
    expect(scoreSelfTest(config, { rows: { a: 'vaak', b: 'vaak' } })).toEqual({ kind: 'incomplete', answered: 2, total: 3 });
    expect(scoreSelfTest(config, undefined)).toEqual({ kind: 'incomplete', answered: 0, total: 3 });
  });

  test('shows the band with the highest threshold reached', () => {
    expect(scoreSelfTest(config, { rows: { a: 'nee', b: 'nee', c: 'soms' } })).toMatchObject({ kind: 'done', score: 1, max: 6, text: 'weinig' });
    expect(scoreSelfTest(config, { rows: { a: 'soms', b: 'soms', c: 'nee' } })).toMatchObject({ score: 2, text: 'een aantal' });
    expect(scoreSelfTest(config, { rows: { a: 'vaak', b: 'vaak', c: 'vaak' } })).toMatchObject({ score: 6, text: 'veel' });
  });

  test('does not count options it does not know, or keys inherited from Object', () => {
    expect(scoreSelfTest(config, { rows: { a: 'altijd', b: 'toString', c: 'vaak' } })).toEqual({ kind: 'incomplete', answered: 1, total: 3 });
    expect(scoreSelfTest({ ...config, statementKeys: ['constructor'] }, { rows: {} })).toEqual({ kind: 'incomplete', answered: 0, total: 1 });
  });
});
