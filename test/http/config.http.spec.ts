import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { npmStartArgs } from '../helpers/builtServer';

/** Starts the server as `npm start` does, with the given environment, and returns how it ended (it must not start). */
function startWith(env: Record<string, string>) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sin-config-'));
  const result = spawnSync(process.execPath, npmStartArgs(), {
    env: { ...process.env, NODE_ENV: 'production', DATA_DIR: dataDir, PORT: '0', PAYLOAD_SECRET: '', DATA_KEY: '', ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  fs.rmSync(dataDir, { recursive: true, force: true });
  return { status: result.status, stderr: result.stderr.trim() };
}

describe('configuration errors', () => {
  test('an unsupported DATABASE_URL gives one clear line and a non-zero exit', () => {
    const { status, stderr } = startWith({ DATABASE_URL: 'postgres://localhost/portal' });
    expect(status).toBe(1);
    expect(stderr.split('\n')).toHaveLength(1);
    expect(stderr).toContain('DATABASE_URL must start with mongodb:// or mongodb+srv://');
    expect(stderr).not.toMatch(/\bat \w+ \(/);
  });

  test('MongoDB without PAYLOAD_SECRET is refused before anything starts', () => {
    const { status, stderr } = startWith({ DATABASE_URL: 'mongodb://127.0.0.1:1/portal' });
    expect(status).toBe(1);
    expect(stderr).toBe('Configuration error: PAYLOAD_SECRET is required when DATABASE_URL is set (use at least 32 random characters).');
  });

  test('MongoDB without DATA_KEY is refused: instances on one database must share the key', () => {
    const { status, stderr } = startWith({ DATABASE_URL: 'mongodb://127.0.0.1:1/portal', PAYLOAD_SECRET: 'x'.repeat(40) });
    expect(status).toBe(1);
    expect(stderr).toBe(
      'Configuration error: DATA_KEY is required when DATABASE_URL is set (32 random bytes as base64 or hex; create one with: openssl rand -base64 32).',
    );
  });

  test('a malformed DATA_KEY is refused with one line, without echoing it', () => {
    const { status, stderr } = startWith({ DATA_KEY: 'geheim-maar-te-kort' });
    expect(status).toBe(1);
    expect(stderr.split('\n')).toHaveLength(1);
    expect(stderr).toContain('DATA_KEY must be 32 random bytes');
    expect(stderr).not.toContain('geheim-maar-te-kort');
  });

  test('a malformed WEB_CONCURRENCY or JOBS is refused with one line', () => {
    expect(startWith({ WEB_CONCURRENCY: 'veel' })).toEqual({ status: 1, stderr: 'Configuration error: WEB_CONCURRENCY must be a whole number from 1 to 64, got "veel".' });
    expect(startWith({ JOBS: 'soms' })).toEqual({ status: 1, stderr: 'Configuration error: JOBS must be on or off, got "soms".' });
  });

  test('a malformed PORT is refused with one line', () => {
    const { status, stderr } = startWith({ PORT: 'abc' });
    expect(status).toBe(1);
    expect(stderr).toContain('PORT must be a number');
  });
});

describe('generated secrets', () => {
  test('the embedded default generates the secret once and reuses it', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sin-secret-'));
    const { runtimeConfig } = await import('../../cms/lib/runtimeConfig');
    const first = runtimeConfig({ DATA_DIR: dataDir } as unknown as NodeJS.ProcessEnv).payloadSecret;
    const second = runtimeConfig({ DATA_DIR: dataDir } as unknown as NodeJS.ProcessEnv).payloadSecret;
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    expect(second).toBe(first);
    expect(fs.statSync(path.join(dataDir, 'payload-secret')).mode & 0o777).toBe(0o600);
    const other = runtimeConfig({ DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'sin-secret-')) } as unknown as NodeJS.ProcessEnv).payloadSecret;
    expect(other).not.toBe(first);
  });
});
