import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Payload } from 'payload';
import { openSecondPayload } from '../helpers/secondPayload';
import { startTestPayload, type TestPayload } from '../helpers/testPayload';

let t: TestPayload;
let other: Payload;
beforeAll(async () => {
  t = await startTestPayload();
  other = await openSecondPayload('cachebus');
});
afterAll(async () => {
  await other?.destroy?.().catch(() => undefined);
  await t?.close();
});

describe('watchCacheEvents', () => {
  test('delivers what another connection publishes, in order, once, within a second', async () => {
    const { watchCacheEvents } = await import('../../cms/lib/cacheEvents/watchCacheEvents');
    const { publishCacheEvent } = await import('../../cms/lib/cacheEvents/publishCacheEvent');
    await publishCacheEvent(t.payload, ['van-voor-de-start']);
    const seen: string[][] = [];
    const watch = watchCacheEvents(other, (tags) => seen.push(tags), { pollMs: 100 });
    await new Promise((resolve) => setTimeout(resolve, 300));
    const sent = Date.now();
    await publishCacheEvent(t.payload, ['page:/a', 'modules']);
    await publishCacheEvent(t.payload, ['sources']);
    await expect.poll(() => seen.length, { timeout: 2_000, interval: 20 }).toBe(2);
    expect(Date.now() - sent).toBeLessThan(1_000);
    await new Promise((resolve) => setTimeout(resolve, 300));
    await watch.close();
    expect(seen).toEqual([['page:/a', 'modules'], ['sources']]);
  });

  test('an edit through a Payload hook reaches the other connection; old events are pruned', async () => {
    const { watchCacheEvents } = await import('../../cms/lib/cacheEvents/watchCacheEvents');
    const { pruneCacheEvents } = await import('../../cms/lib/cacheEvents/pruneCacheEvents');
    const seen: string[] = [];
    const watch = watchCacheEvents(other, (tags) => seen.push(...tags), { pollMs: 100 });
    await new Promise((resolve) => setTimeout(resolve, 300));
    const page = await t.payload.create({ collection: 'pages', data: { title: 'P', path: '/bus-proef', layout: [{ blockType: 'hero', heading: 'x' }], _status: 'published' } as never, overrideAccess: true });
    await t.payload.create({ collection: 'campaign-sources', data: { code: 'bus-proef', label: 'x', channel: 'poster', page: page.id } as never, overrideAccess: true });
    await expect.poll(() => seen.includes('sources'), { timeout: 2_000 }).toBe(true);
    await watch.close();
    const before = (await t.payload.count({ collection: 'cache-events', overrideAccess: true })).totalDocs;
    expect(await pruneCacheEvents(t.payload, 0, Date.now() + 1_000)).toBe(before - 1);
    expect((await t.payload.count({ collection: 'cache-events', overrideAccess: true })).totalDocs).toBe(1);
  });
});
