/**
 * Makes the seeded database template of seededTemplate.ts before the suites start (scripts/test.mjs
 * runs it with tsx), so every file that needs the demo content copies it instead of seeding.
 * Does nothing on MongoDB or when today's template for these sources exists.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { hasSeededTemplate, saveSeededTemplate } from './seededTemplate';

if (!process.env.MONGODB_URL && !hasSeededTemplate()) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sin-template-'));
  process.env.DATA_DIR = dataDir;
  process.env.LOG_LEVEL = 'silent';
  delete process.env.DATABASE_URL;
  delete process.env.PAYLOAD_SECRET;
  const { runtimeConfig } = await import('../../cms/lib/runtimeConfig');
  const { getPayload } = await import('payload');
  const { default: config } = await import('../../cms/payload.config');
  const { seed } = await import('../../seed/index');
  const payload = await getPayload({ config } as never);
  await seed(payload, { log: { info: () => undefined } });
  const database = runtimeConfig().database;
  if (database.kind === 'sqlite') await saveSeededTemplate(payload, dataDir, database.file);
  await payload.destroy?.();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
process.exit(0);
