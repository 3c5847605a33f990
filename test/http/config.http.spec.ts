import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';

/** Starts `server.ts` with the given environment and returns how it ended (it must not start). */
function startWith(env: Record<string, string>) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sin-config-'));
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'server.ts'], {
    env: { ...process.env, DATA_DIR: dataDir, PORT: '0', PAYLOAD_SECRET: '', ...env },
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
