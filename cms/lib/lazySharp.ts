import { createRequire } from 'node:module';
import type Sharp from 'sharp';

const load = createRequire(import.meta.url);

/**
 * sharp (libvips), loaded on the first image upload instead of at start: loading it costs about
 * 0.2 s of every cold start, and most processes never resize an image. Payload only calls it.
 */
export const lazySharp = ((...args: Parameters<typeof Sharp>) => (load('sharp') as typeof Sharp)(...args)) as unknown as typeof Sharp;
