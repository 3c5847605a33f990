// Hashes of everything a build depends on; stored next to the build to detect stale builds.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const INPUTS = ['cms', 'site', 'seed', 'astro.config.mjs', 'package-lock.json', 'tsconfig.json'];
// The compiled server also contains server/ (the site and admin builds do not).
const RUNTIME_INPUTS = ['server.ts', 'server', 'cms', 'seed', 'scripts/buildRuntime.mjs', 'package-lock.json', 'tsconfig.json'];
const SKIP = new Set(['.next', 'node_modules', 'payload-types.ts']);
export const STAMP = 'dist/.source-hash';
export const RUNTIME_STAMP = 'dist/runtime/.source-hash';

function walk(entry, hash) {
  if (fs.statSync(entry).isDirectory()) {
    for (const name of fs.readdirSync(entry).sort()) if (!SKIP.has(name)) walk(path.join(entry, name), hash);
  } else {
    hash.update(entry);
    hash.update(fs.readFileSync(entry));
  }
}

function hashOf(inputs) {
  const hash = createHash('sha256');
  for (const input of inputs) if (fs.existsSync(input)) walk(input, hash);
  return hash.digest('hex');
}

/** The admin and site builds' inputs. */
export const sourceHash = () => hashOf(INPUTS);
/** The compiled server's inputs. */
export const runtimeHash = () => hashOf(RUNTIME_INPUTS);
