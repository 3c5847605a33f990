import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Payload } from 'payload';
import { copySeededTemplate, saveSeededTemplate } from './seededTemplate';

export interface TestPayload {
  payload: Payload;
  dataDir: string;
  close(): Promise<void>;
}

/**
 * A real Payload (Local API) on a fresh temporary SQLite file, or on MongoDB when MONGODB_URL
 * is set (a fresh database name per call). The schema is pushed, as in development.
 * With `seed: true` the demo content is in place (modules, pages, campaigns, groups), copied
 * from a seeded template when an earlier file made one (see seededTemplate.ts).
 */
export async function startTestPayload(options: { seed?: boolean } = {}): Promise<TestPayload> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sin-test-'));
  process.env.DATA_DIR = dataDir;
  process.env.LOG_LEVEL ??= 'silent';
  delete process.env.PAYLOAD_SECRET;
  if (process.env.MONGODB_URL) {
    const url = new URL(process.env.MONGODB_URL);
    url.pathname = `/sin_test_${Date.now()}_${Math.random().toString(36).slice(2, 8)}`;
    process.env.DATABASE_URL = url.toString();
    process.env.PAYLOAD_SECRET = 'test-secret-for-mongodb-runs-0123456789';
  } else {
    delete process.env.DATABASE_URL;
  }
  const { resetRuntimeConfig, runtimeConfig } = await import('../../cms/lib/runtimeConfig');
  resetRuntimeConfig();
  const fromTemplate = options.seed === true && copySeededTemplate(dataDir);
  const { getPayload } = await import('payload');
  const { default: config } = await import('../../cms/payload.config');
  const payload = await getPayload({ config, key: `test-${dataDir}` } as never);
  if (options.seed && !fromTemplate) {
    const { seed } = await import('../../seed/index');
    await seed(payload, { log: { info: () => undefined } });
    const database = runtimeConfig().database;
    if (database.kind === 'sqlite') await saveSeededTemplate(payload, dataDir, database.file);
  }
  return {
    payload,
    dataDir,
    async close() {
      if (process.env.MONGODB_URL) await payload.db.connection?.dropDatabase?.().catch(() => undefined);
      await payload.destroy?.().catch(() => undefined);
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
