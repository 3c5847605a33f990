// biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point
const UNSAFE = /[\u0000-\u0020\u007f-\u009f\\]/;

/**
 * A redirect target that stays on this site, or null. The target must be a path: one leading
 * slash (never `//`, which browsers read as another host), no backslash (read as a slash), no
 * whitespace or control characters (browsers drop tabs and newlines, turning `/\t/host` into
 * `//host`). The result is rebuilt from the parsed URL, percent-encoded, so what the browser
 * follows is exactly what was checked.
 *
 * @param path a decoded path, optionally with a query string (`/pagina?bron=poster-1`)
 */
export function sameOriginLocation(path: string): string | null {
  if (typeof path !== 'string' || !path.startsWith('/') || path.startsWith('//') || UNSAFE.test(path)) return null;
  const base = 'http://site.invalid';
  let url: URL;
  try {
    url = new URL(path, base);
  } catch {
    return null;
  }
  if (url.origin !== base || url.pathname.startsWith('//')) return null;
  return `${url.pathname}${url.search}`;
}
