import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { loadDataKey } from '../../cms/lib/crypto/dataKey';

const tempDirs: string[] = [];

function tempDataDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'datakey-'));
  tempDirs.push(dir);
  return path.join(dir, 'data');
}

function fakeLog() {
  return { warn: vi.fn<(message: string) => void>() };
}

afterEach(() => {
  for (const dir of tempDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

const KEY = Buffer.from('000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f', 'hex');

describe('loadDataKey', () => {
  test('reads a base64 DATA_KEY without touching the data directory', () => {
    const dataDir = tempDataDir();
    const log = fakeLog();
    const key = loadDataKey({ env: { DATA_KEY: KEY.toString('base64') }, dataDir, log });
    expect(key.equals(KEY)).toBe(true);
    expect(fs.existsSync(dataDir)).toBe(false);
    expect(log.warn).not.toHaveBeenCalled();
  });

  test('reads a hex DATA_KEY, with surrounding whitespace and upper case', () => {
    const log = fakeLog();
    const key = loadDataKey({
      env: { DATA_KEY: ` ${KEY.toString('hex').toUpperCase()}\n` },
      dataDir: tempDataDir(),
      log,
    });
    expect(key.equals(KEY)).toBe(true);
    expect(log.warn).not.toHaveBeenCalled();
  });

  test('throws one clear line without echoing the value when DATA_KEY is not a 32-byte key', () => {
    const invalid = [
      'secret-but-too-short',
      KEY.toString('hex').slice(2),
      `${KEY.toString('hex').slice(2)}zz`,
      KEY.subarray(0, 31).toString('base64'),
      KEY.toString('base64url'),
    ];
    for (const value of invalid) {
      const attempt = () => loadDataKey({ env: { DATA_KEY: value }, dataDir: tempDataDir(), log: fakeLog() });
      expect(attempt).toThrow(/^DATA_KEY must be 32 random bytes .*base64 \(44 characters\) or hex \(64 characters\)/);
      try {
        attempt();
      } catch (error) {
        expect((error as Error).message).not.toContain('\n');
        expect((error as Error).message).not.toContain(value);
      }
    }
  });

  test('generates a 32-byte key file readable only by its owner when DATA_KEY is unset', () => {
    const dataDir = tempDataDir();
    const key = loadDataKey({ env: {}, dataDir, log: fakeLog() });
    const file = path.join(dataDir, 'data.key');
    expect(key).toHaveLength(32);
    expect(fs.readFileSync(file, 'utf8').trim()).toBe(key.toString('hex'));
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
  });

  test('reuses the generated key on the next call and warns only once', () => {
    const dataDir = tempDataDir();
    const log = fakeLog();
    const first = loadDataKey({ env: {}, dataDir, log });
    const second = loadDataKey({ env: {}, dataDir, log });
    expect(second.equals(first)).toBe(true);
    expect(log.warn).toHaveBeenCalledTimes(1);
    expect(log.warn.mock.calls[0]?.[0]).toMatch(/Generated a new data encryption key .*data\.key/);
    expect(log.warn.mock.calls[0]?.[0]).toMatch(/Back it up.*DATA_KEY/);
  });

  test('uses a key file that already exists instead of replacing it', () => {
    const dataDir = tempDataDir();
    fs.mkdirSync(dataDir, { recursive: true });
    fs.writeFileSync(path.join(dataDir, 'data.key'), `${KEY.toString('hex')}\n`, { mode: 0o600 });
    const log = fakeLog();
    expect(loadDataKey({ env: {}, dataDir, log }).equals(KEY)).toBe(true);
    expect(log.warn).toHaveBeenCalledTimes(1);
    expect(log.warn.mock.calls[0]?.[0]).toMatch(/^Using the generated data encryption key/);
  });

  test('still generates a key in production, with a warning to set DATA_KEY', () => {
    const dataDir = tempDataDir();
    const log = fakeLog();
    const key = loadDataKey({ env: { NODE_ENV: 'production' }, dataDir, log });
    expect(key).toHaveLength(32);
    expect(fs.existsSync(path.join(dataDir, 'data.key'))).toBe(true);
    expect(log.warn).toHaveBeenCalledTimes(1);
    expect(log.warn.mock.calls[0]?.[0]).toMatch(/In production, set DATA_KEY to this value and keep a backup/);
  });

  test('refuses a damaged key file and leaves it in place', () => {
    const dataDir = tempDataDir();
    const file = path.join(dataDir, 'data.key');
    fs.mkdirSync(dataDir, { recursive: true });
    fs.writeFileSync(file, 'not a key');
    expect(() => loadDataKey({ env: {}, dataDir, log: fakeLog() })).toThrow(/does not contain a 64-character hex key/);
    expect(fs.readFileSync(file, 'utf8')).toBe('not a key');
  });
});
