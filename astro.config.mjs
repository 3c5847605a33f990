// @ts-check
import node from '@astrojs/node';
import { defineConfig } from 'astro/config';

/**
 * The public site. Server-rendered on request (pages read the CMS through `Astro.locals.site`),
 * mounted by server.ts in middleware mode. Every script and stylesheet is emitted as a file so
 * the Content-Security-Policy can forbid inline code.
 */
export default defineConfig({
  srcDir: './site',
  publicDir: './site/public',
  outDir: './dist',
  output: 'server',
  adapter: node({ mode: 'middleware' }),
  compressHTML: true,
  build: { inlineStylesheets: 'never', assets: '_astro' },
  server: { host: '127.0.0.1' },
  devToolbar: { enabled: false },
  // With Referrer-Policy: no-referrer, browsers send "Origin: null" on form posts, which Astro's
  // origin check refuses. The server checks Sec-Fetch-Site instead (server/rejectCrossSitePosts.ts).
  security: { checkOrigin: false },
  telemetry: false,
  vite: {
    build: { assetsInlineLimit: 0 },
  },
});
