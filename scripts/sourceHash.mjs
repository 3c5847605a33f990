// A hash of everything the build depends on; stored next to the build to detect stale builds.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const INPUTS = ['cms', 'site', 'seed', 'astro.config.mjs', 'package-lock.json', 'tsconfig.json'];
const SKIP = new Set(['.next', 'node_modules', 'payload-types.ts']);
export const STAMP = 'dist/.source-hash';

function walk(entry, hash) {
  if (fs.statSync(entry).isDirectory()) {
    for (const name of fs.readdirSync(entry).sort()) if (!SKIP.has(name)) walk(path.join(entry, name), hash);
  } else {
    hash.update(entry);
    hash.update(fs.readFileSync(entry));
  }
}

export function sourceHash() {
  const hash = createHash('sha256');
  for (const input of INPUTS) if (fs.existsSync(input)) walk(input, hash);
  return hash.digest('hex');
}
