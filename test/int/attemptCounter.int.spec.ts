import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Payload } from 'payload';
import { openSecondPayload } from '../helpers/secondPayload';
import { startTestPayload, type TestPayload } from '../helpers/testPayload';

let t: TestPayload;
let other: Payload;
beforeAll(async () => {
  t = await startTestPayload();
  other = await openSecondPayload('attempts');
});
afterAll(async () => {
  await other?.destroy?.().catch(() => undefined);
  await t?.close();
});

const WINDOW = 60_000;

describe('createDatabaseAttemptCounter', () => {
  test('counts one client across two connections to one database, atomically', async () => {
    const { createDatabaseAttemptCounter } = await import('../../cms/lib/rateLimit/databaseAttemptCounter');
    const at = Math.floor(Date.now() / WINDOW) * WINDOW + 1_000;
    const a = createDatabaseAttemptCounter(t.payload, () => at);
    const b = createDatabaseAttemptCounter(other, () => at);
    const counts = await Promise.all(Array.from({ length: 40 }, (_, i) => (i % 2 ? a : b).hit('proef', '192.0.2.7', WINDOW)));
    expect(counts.sort((x, y) => x - y)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    expect(await b.peek('proef', '192.0.2.7', WINDOW)).toBe(40);
    expect(await a.peek('proef', '192.0.2.8', WINDOW)).toBe(0);
    expect(await a.peek('ander', '192.0.2.7', WINDOW)).toBe(0);
  });

  test('starts again in the next window, forgets on clear, and expired rows are pruned', async () => {
    const { createDatabaseAttemptCounter, pruneAttemptCounters } = await import('../../cms/lib/rateLimit/databaseAttemptCounter');
    let at = Math.floor(Date.now() / WINDOW) * WINDOW + 1_000;
    const counter = createDatabaseAttemptCounter(t.payload, () => at);
    await counter.hit('venster', 'k', WINDOW);
    expect(await counter.hit('venster', 'k', WINDOW)).toBe(2);
    at += WINDOW;
    expect(await counter.peek('venster', 'k', WINDOW)).toBe(0);
    expect(await counter.hit('venster', 'k', WINDOW)).toBe(1);
    await counter.clear('venster', 'k');
    expect(await counter.peek('venster', 'k', WINDOW)).toBe(0);
    await counter.hit('oud', 'k', WINDOW);
    expect(await pruneAttemptCounters(t.payload, at + 2 * WINDOW)).toBeGreaterThanOrEqual(1);
    expect(await counter.peek('oud', 'k', WINDOW)).toBe(0);
  });

  test('stores only keyed hashes: no address or bucket in the table', async () => {
    const { createDatabaseAttemptCounter } = await import('../../cms/lib/rateLimit/databaseAttemptCounter');
    await createDatabaseAttemptCounter(t.payload).hit('signup', '203.0.113.99', WINDOW);
    const { docs } = await t.payload.find({ collection: 'attempt-counters', pagination: false, overrideAccess: true });
    expect(docs.length).toBeGreaterThan(0);
    const stored = JSON.stringify(docs);
    expect(stored).not.toContain('203.0.113.99');
    expect(stored).not.toContain('signup');
    for (const doc of docs) expect(doc.key).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  test('attemptCounter(payload) is the database counter, shared by every caller', async () => {
    const { attemptCounter } = await import('../../cms/lib/rateLimit/attemptCounter');
    await attemptCounter(t.payload).hit('gedeeld', 'x', WINDOW);
    expect(await attemptCounter(other).peek('gedeeld', 'x', WINDOW)).toBe(1);
  });
});
