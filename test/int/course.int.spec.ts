import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { EXERCISE_BLOCK_TYPES } from '../../cms/blocks';
import { startTestPayload, type TestPayload } from '../helpers/testPayload';

let t: TestPayload;
beforeAll(async () => {
  t = await startTestPayload({ seed: true });
});
afterAll(async () => {
  await t?.close();
});

type Block = { blockType: string; key?: string; statements?: unknown[] };

describe('seeded course', () => {
  test('has 17 published modules numbered 1-17, each following the module pattern', async () => {
    const { docs } = await t.payload.find({ collection: 'modules', limit: 100, sort: 'number', overrideAccess: false, depth: 0 });
    expect(docs.map((d) => d.number)).toEqual(Array.from({ length: 17 }, (_, i) => i + 1));
    for (const mod of docs) {
      const layout = mod.layout as Block[];
      const types = layout.map((b) => b.blockType);
      expect(types[0], `module ${mod.number}`).toBe('goals');
      expect(types.filter((t) => t === 'selfRating'), `module ${mod.number}`).toHaveLength(1);
      const rating = layout.find((b) => b.blockType === 'selfRating')!;
      expect(rating.statements!.length).toBeGreaterThanOrEqual(2);
      expect(rating.statements!.length).toBeLessThanOrEqual(5);
      expect(types).toContain('content');
      expect(types.filter((t) => (EXERCISE_BLOCK_TYPES as readonly string[]).includes(t)).length, `module ${mod.number}`).toBeGreaterThanOrEqual(2);
      expect(types.at(-1), `module ${mod.number}`).toBe('contactPrompt');
    }
  });

  test('uses the right terminology and no placeholder text', async () => {
    const { docs } = await t.payload.find({ collection: 'modules', limit: 100, overrideAccess: false, depth: 0 });
    const text = JSON.stringify(docs).toLowerCase();
    expect(text).not.toContain('kinderporno');
    expect(text).not.toContain('lorem');
    expect(text).toContain('beeldmateriaal van seksueel misbruik van minderjarigen');
  });

  test('gives every exercise a key that is unique within its module', async () => {
    const { docs } = await t.payload.find({ collection: 'modules', limit: 100, overrideAccess: false, depth: 0 });
    for (const mod of docs) {
      const keys = (mod.layout as Block[]).filter((b) => b.key).map((b) => b.key);
      expect(new Set(keys).size, `module ${mod.number}`).toBe(keys.length);
    }
  });

  test('refuses a module where two exercises share a key', async () => {
    const reflection = { blockType: 'reflection', key: 'dubbel', title: 'A', prompt: 'B' };
    await expect(
      t.payload.create({ collection: 'modules', data: { number: 50, title: 'X', slug: 'x-dubbel', summary: 's', estimatedMinutes: 10, layout: [reflection, reflection], _status: 'published' } as never, overrideAccess: true }),
    ).rejects.toThrow();
  });

  test('is idempotent: seeding twice leaves 17 modules and the same pages', async () => {
    const { seed } = await import('../../seed/index');
    await seed(t.payload, { log: { info: () => undefined } });
    expect((await t.payload.count({ collection: 'modules', overrideAccess: true })).totalDocs).toBe(17);
    const pages = await t.payload.find({ collection: 'pages', limit: 100, overrideAccess: true, depth: 0 });
    expect(new Set(pages.docs.map((p) => p.path)).size).toBe(pages.docs.length);
    expect((await t.payload.count({ collection: 'campaign-sources', overrideAccess: true })).totalDocs).toBe(6);
  });

  test('marks the seeded opening hours as examples', async () => {
    const helpline = await t.payload.findGlobal({ slug: 'helpline', overrideAccess: true });
    expect(helpline.hoursAreExamples).toBe(true);
    expect((helpline.phoneHours as unknown[]).length).toBeGreaterThan(0);
  });
});
