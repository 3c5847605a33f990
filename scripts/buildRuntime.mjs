// Compiles the server (server.ts and everything it imports from cms/, server/ and seed/) to
// plain JavaScript in dist/runtime/, so production runs without a TypeScript loader.
// Payload, its database adapters, drizzle, lexical and the other pure-JavaScript packages are
// bundled in: Node then reads a few large files instead of resolving and compiling some 1,500
// modules one by one, which was most of a cold start (about 2.8 s → 1.7 s to the first page). What
// stays in node_modules (SERVER_EXTERNALS): the admin's Next.js and React (loaded on the first
// admin request, with their own copy of Payload, as before), native modules, the MongoDB driver
// (CommonJS with optional native parts; loaded only with a MongoDB DATABASE_URL) and build tools.
// Also compiles the course module seeds, which the seed loads by file name.
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

export const RUNTIME_DIR = 'dist/runtime';

export const SERVER_EXTERNALS = [
  'next', 'next/*', '@next/*', 'react', 'react/*', 'react-dom', 'react-dom/*',
  'sharp', 'libsql', '@libsql/*',
  'mongoose', 'mongodb',
  'astro', 'astro/*', '@astrojs/*', 'esbuild', 'typescript', 'tsx', 'drizzle-kit', 'drizzle-kit/*',
];

export async function buildRuntime() {
  fs.rmSync(RUNTIME_DIR, { recursive: true, force: true });
  const common = {
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    sourcemap: 'linked',
    legalComments: 'none',
    logLevel: 'warning',
    outExtension: { '.js': '.mjs' },
  };
  await build({
    ...common,
    external: SERVER_EXTERNALS,
    // As `npm start` runs (node --conditions=production): lexical's production builds.
    conditions: ['production'],
    // Bundled CommonJS packages call require() and use __dirname/__filename; give them this file's.
    banner: {
      js: [
        "import { createRequire as __portalRequire } from 'node:module';",
        "import { fileURLToPath as __portalFilePath } from 'node:url';",
        "import { dirname as __portalDirname } from 'node:path';",
        'const require = __portalRequire(import.meta.url);',
        'const __filename = __portalFilePath(import.meta.url);',
        'const __dirname = __portalDirname(__filename);',
      ].join(' '),
    },
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
    // Plain data; they import only a type.
    packages: 'external',
    entryPoints: seeds.map((f) => path.join('seed/modules', f)),
    outdir: `${RUNTIME_DIR}/seed-modules`,
    sourcemap: false,
  });
}
