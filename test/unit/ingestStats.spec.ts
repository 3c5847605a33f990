import { describe, expect, test } from 'vitest';
import { createIngestStats } from '../../server/ingestStats';

describe('createIngestStats', () => {
  test('reports totals and drop reasons once, then starts again', () => {
    const stats = createIngestStats();
    expect(stats.takeLogFields()).toBeNull();
    stats.accept();
    stats.accept();
    stats.drop('bot');
    stats.drop('invalid-shape');
    stats.drop('bot');
    stats.written(9);
    expect(stats.takeLogFields()).toEqual({ accepted: 2, written: 9, 'dropped.bot': 2, 'dropped.invalid-shape': 1 });
    expect(stats.takeLogFields()).toBeNull();
  });
});
