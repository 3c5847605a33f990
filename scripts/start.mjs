// `npm start`: builds when no build exists yet, then runs the compiled server in this process
// (no TypeScript loader at run time). See server.ts for WEB_CONCURRENCY and JOBS.
import fs from 'node:fs';
import { register } from 'node:module';
import { spawnSync } from 'node:child_process';

const built = fs.existsSync('cms/.next/BUILD_ID') && fs.existsSync('dist/server/entry.mjs') && fs.existsSync('dist/.source-hash');
if (!built || !fs.existsSync('dist/runtime/server.mjs')) {
  process.stdout.write(built ? 'Compiling the server…\n' : 'No build found: building first (this takes a minute or two)…\n');
  const result = spawnSync(process.execPath, ['scripts/build.mjs', ...(built ? ['runtime'] : [])], { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
process.env.NODE_ENV ??= 'production';
process.env.NEXT_TELEMETRY_DISABLED ??= '1';
// npm start runs `node --conditions=production`; started any other way, add the condition here.
if (!process.execArgv.some((arg) => arg === '--conditions=production' || arg === '-C=production')) {
  register('./productionConditions.mjs', import.meta.url);
}
await import('../dist/runtime/server.mjs');
