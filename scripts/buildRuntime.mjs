// Compiles the server (server.ts and everything it imports from cms/, server/ and seed/) to
// plain JavaScript in dist/runtime/, so production runs without a TypeScript loader.
// Packages stay in node_modules (not bundled). Also compiles the course module seeds, which
// the seed loads by file name.
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

export const RUNTIME_DIR = 'dist/runtime';

export async function buildRuntime() {
  fs.rmSync(RUNTIME_DIR, { recursive: true, force: true });
  const common = {
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    sourcemap: 'linked',
    legalComments: 'none',
    logLevel: 'warning',
    outExtension: { '.js': '.mjs' },
    // A few packages still call require() from ESM; give the bundle one.
    banner: { js: "import { createRequire as __portalRequire } from 'node:module'; const require = __portalRequire(import.meta.url);" },
  };
  await build({
    ...common,
    entryPoints: { server: 'server.ts', migrate: 'server/migrateCommand.ts' },
    outdir: RUNTIME_DIR,
    // The cluster primary imports only the small entry chunk, not Payload and the site.
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    define: { 'process.env.PORTAL_SEED_MODULES': JSON.stringify(`${RUNTIME_DIR}/seed-modules`) },
  });
  const seeds = fs.readdirSync('seed/modules').filter((f) => /^\d{2}-.*\.ts$/.test(f));
  await build({
    ...common,
    entryPoints: seeds.map((f) => path.join('seed/modules', f)),
    outdir: `${RUNTIME_DIR}/seed-modules`,
    sourcemap: false,
  });
}
