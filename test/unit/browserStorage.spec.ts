import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import * as browserStorage from '../../site/lib/browserStorage';
import {
  eraseSiteKeys,
  guardStorage,
  isAreaPersistent,
  KEY_PREFIX,
  localArea,
  OPT_OUT_KEY,
  PROBE_KEY,
  readKey,
  removeKey,
  sessionArea,
  VISIT_KEY,
  writeKey,
} from '../../site/lib/browserStorage';
import { FakeStorage } from './fakeStorage';

const big = 'x'.repeat(200);

describe('browserStorage', () => {
  test('reads and writes real storage while it works and says whether a write reached it', () => {
    const storage = new FakeStorage();
    const area = guardStorage(() => storage);

    expect(writeKey(area, VISIT_KEY, '1')).toBe(true);
    expect(storage.items.get(VISIT_KEY)).toBe('1');
    expect(readKey(area, VISIT_KEY)).toBe('1');
    removeKey(area, VISIT_KEY);
    expect(storage.items.has(VISIT_KEY)).toBe(false);
    expect(readKey(area, VISIT_KEY)).toBeNull();

    expect(isAreaPersistent(area)).toBe(true);
    expect(storage.items.has(PROBE_KEY)).toBe(false);
  });

  test('runs in memory when opening storage throws (blocked) or there is none (server)', () => {
    const blocked = guardStorage(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    for (const area of [blocked, guardStorage(() => null), localArea, sessionArea]) {
      expect(writeKey(area, OPT_OUT_KEY, '1')).toBe(false);
      expect(readKey(area, OPT_OUT_KEY)).toBe('1');
      removeKey(area, OPT_OUT_KEY);
      expect(readKey(area, OPT_OUT_KEY)).toBeNull();
      expect(isAreaPersistent(area)).toBe(false);
    }
  });

  test('after a failed write continues in memory with a copy of our keys and leaves storage alone', () => {
    const storage = new FakeStorage(120);
    storage.items.set(OPT_OUT_KEY, '1');
    storage.items.set('other.app', 'blijft');
    const area = guardStorage(() => storage);

    expect(writeKey(area, 'sin.groot', big)).toBe(false);
    expect(isAreaPersistent(area)).toBe(false);
    expect(readKey(area, OPT_OUT_KEY)).toBe('1');
    expect(readKey(area, 'sin.groot')).toBe(big);
    expect(readKey(area, 'other.app')).toBeNull();

    expect(writeKey(area, VISIT_KEY, '1')).toBe(false);
    removeKey(area, OPT_OUT_KEY);
    expect(readKey(area, OPT_OUT_KEY)).toBeNull();
    expect([...storage.items]).toEqual([
      [OPT_OUT_KEY, '1'],
      ['other.app', 'blijft'],
    ]);
  });

  test('learns from a write probe that storage which refuses every write keeps nothing', () => {
    const storage = new FakeStorage(0);
    storage.items.set('sin.lastVisitDay', '2026-11-21');
    const area = guardStorage(() => storage);

    expect(readKey(area, 'sin.lastVisitDay')).toBe('2026-11-21');
    expect(isAreaPersistent(area)).toBe(false);
    expect(readKey(area, 'sin.lastVisitDay')).toBe('2026-11-21');
    expect(readKey(area, PROBE_KEY)).toBeNull();
  });

  test('never throws when every access throws', () => {
    const storage = new FakeStorage();
    storage.failure = new DOMException('The operation is insecure.', 'SecurityError');
    const area = guardStorage(() => storage);

    expect(readKey(area, OPT_OUT_KEY)).toBeNull();
    expect(writeKey(area, OPT_OUT_KEY, '1')).toBe(false);
    expect(readKey(area, OPT_OUT_KEY)).toBe('1');
    expect(() => removeKey(area, OPT_OUT_KEY)).not.toThrow();
    expect(() => eraseSiteKeys(area)).not.toThrow();
    expect(isAreaPersistent(area)).toBe(false);
    expect(readKey(area, OPT_OUT_KEY)).toBeNull();
  });

  test('eraseSiteKeys removes only our keys, from memory and storage, and tries storage anew', () => {
    const storage = new FakeStorage(120);
    storage.items.set(OPT_OUT_KEY, '1');
    storage.items.set('other.app', 'blijft');
    storage.items.set(VISIT_KEY, '1');
    const area = guardStorage(() => storage);
    expect(writeKey(area, 'sin.groot', big)).toBe(false);

    eraseSiteKeys(area);

    expect([...storage.items.keys()]).toEqual(['other.app']);
    expect(readKey(area, 'sin.groot')).toBeNull();
    expect(isAreaPersistent(area)).toBe(true);
    expect(writeKey(area, VISIT_KEY, '1')).toBe(true);
    expect(storage.items.get(VISIT_KEY)).toBe('1');
  });

  test('every key constant starts with sin. (so an erase reaches it) and is documented in the header', () => {
    const header = readFileSync(new URL('../../site/lib/browserStorage.ts', import.meta.url), 'utf8').split('*/')[0]!;
    const keys = Object.entries(browserStorage).filter(([name]) => name.endsWith('_KEY'));
    expect(keys.length).toBeGreaterThanOrEqual(8);
    for (const [, key] of keys) {
      expect(String(key).startsWith(KEY_PREFIX)).toBe(true);
      expect(header).toMatch(new RegExp(`\\*\\s+${String(key).replaceAll('.', '\\.')}\\s`));
    }
  });
});
