// Builds what is missing or older than the sources, so `npm test` always tests what is in the
// working tree: the admin and the site when their sources changed (minutes), the compiled
// server alone when only server code changed (seconds).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { RUNTIME_STAMP, STAMP, runtimeHash, sourceHash } from './sourceHash.mjs';

const read = (file) => (fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '');
const build = (...args) => {
  const result = spawnSync(process.execPath, ['scripts/build.mjs', ...args], { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

const complete = fs.existsSync('cms/.next/BUILD_ID') && fs.existsSync('dist/server/entry.mjs');
if (!complete || read(STAMP) !== sourceHash()) build();
else if (!fs.existsSync('dist/runtime/server.mjs') || read(RUNTIME_STAMP) !== runtimeHash()) build('runtime');
else process.stdout.write('Build is up to date.\n');
