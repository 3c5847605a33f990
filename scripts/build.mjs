// `npm run build`: compiles the admin (Next.js, in cms/), the public site (Astro, into dist/)
// and the server runtime (esbuild, into dist/runtime/). `npm run build -- admin|site|runtime`
// builds one part.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { buildRuntime } from './buildRuntime.mjs';
import { RUNTIME_STAMP, STAMP, runtimeHash, sourceHash } from './sourceHash.mjs';

const env = { ...process.env, NODE_ENV: 'production', PORTAL_BUILD: '1', NEXT_TELEMETRY_DISABLED: '1', ASTRO_TELEMETRY_DISABLED: '1' };

function run(label, command, args) {
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  if (result.status !== 0) {
    process.stderr.write(`Build step failed: ${label}\n`);
    process.exit(result.status ?? 1);
  }
  process.stdout.write(`✓ ${label} (${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
}

const only = process.argv[2];
if (!only || only === 'admin') run('admin (next build)', 'npx', ['next', 'build', 'cms']);
const hash = sourceHash();
if (!only || only === 'site') {
  // Astro empties dist/, stamp included; a site-only build keeps the stamp of the last full one.
  const previous = fs.existsSync(STAMP) ? fs.readFileSync(STAMP, 'utf8') : null;
  run('site (astro build)', 'npx', ['astro', 'build']);
  if (only && previous) fs.writeFileSync(STAMP, previous);
}
// Astro empties dist/ when it builds, so the compiled server is built after the site.
if (!only || only === 'runtime' || only === 'site') {
  const started = Date.now();
  const stamp = runtimeHash();
  try {
    await buildRuntime();
  } catch (error) {
    process.stderr.write(`Build step failed: server runtime (esbuild): ${error instanceof Error ? error.message : error}\n`);
    process.exit(1);
  }
  fs.writeFileSync(RUNTIME_STAMP, stamp);
  process.stdout.write(`✓ server runtime (esbuild) (${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
}
// Only a full build is complete enough to be reused by `npm test` and `npm start`.
if (!only) fs.writeFileSync(STAMP, hash);
