import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startTestPayload, type TestPayload } from '../helpers/testPayload';

let t: TestPayload;
beforeAll(async () => {
  t = await startTestPayload();
});
afterAll(async () => {
  await t?.close();
});

describe('seed', () => {
  test('seeds 17 published modules', async () => {
    const { seed } = await import('../../seed/index');
    await seed(t.payload, { log: { info: () => undefined } });
    const { docs } = await t.payload.find({ collection: 'modules', limit: 100, depth: 0, overrideAccess: false, sort: 'number' });
    expect(docs.map((d) => d.number)).toEqual(Array.from({ length: 17 }, (_, i) => i + 1));
  });
});
