/**
 * Paths owned by the server or by fixed site routes. Block-built pages may not use them or
 * anything below them. The server, the site and the Pages path validation all read this list.
 */
export const RESERVED_PREFIXES = [
  '/admin',
  '/api',
  '/_next',
  '/_astro',
  '/healthz',
  '/beacon',
  '/k',
  '/zelfhulp',
  '/lotgenotengroepen',
  '/privacy',
  '/contact',
  '/favicon.ico',
  '/robots.txt',
] as const;

export const PAGE_PATH_PATTERN = /^\/$|^(\/[a-z0-9]+(-[a-z0-9]+)*)+$/;

/** True when the path is, or lies below, a reserved route. */
export function isReservedPath(path: string): boolean {
  return RESERVED_PREFIXES.some((prefix) => path === prefix || path.startsWith(`${prefix}/`));
}
