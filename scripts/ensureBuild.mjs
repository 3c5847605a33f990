// Builds the admin and the site when no build exists or the sources changed since the last one,
// so `npm test` always tests what is in the working tree.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { STAMP, sourceHash } from './sourceHash.mjs';

const complete = fs.existsSync('cms/.next/BUILD_ID') && fs.existsSync('dist/server/entry.mjs');
const previous = fs.existsSync(STAMP) ? fs.readFileSync(STAMP, 'utf8') : '';
if (complete && previous === sourceHash()) {
  process.stdout.write('Build is up to date.\n');
} else {
  const result = spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
