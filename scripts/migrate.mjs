// `npm run migrate`: migrations and the first seed, under the set-up lock (server/migrateCommand.ts).
import fs from 'node:fs';
import { register } from 'node:module';
import { spawnSync } from 'node:child_process';

if (!fs.existsSync('dist/runtime/migrate.mjs')) {
  const result = spawnSync(process.execPath, ['scripts/build.mjs', 'runtime'], { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
process.env.NODE_ENV ??= 'production';
if (!process.execArgv.includes('--conditions=production')) register('./productionConditions.mjs', import.meta.url);
await import('../dist/runtime/migrate.mjs');
