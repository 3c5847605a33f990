import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

/** Size of the analytics beacon script as shipped: bundled, minified, gzip -9. */
export async function analyticsScriptBytes(): Promise<number> {
  const result = await build({ entryPoints: ['site/scripts/analytics.ts'], bundle: true, minify: true, format: 'esm', write: false, logLevel: 'silent' });
  return gzipSync(Buffer.from(result.outputFiles[0]!.contents), { level: 9 }).length;
}
