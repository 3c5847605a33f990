/**
 * Marks a rendered page as cacheable by the server's HTML cache, with the tags of the CMS
 * content it shows. The server strips these headers before the response leaves.
 */
export function setCacheTags(headers: Headers, tags: string[], until?: number | null): void {
  headers.set('x-cache-tags', ['global', ...tags].join(','));
  if (until) headers.set('x-cache-until', String(until));
}

/** A response that must never be stored anywhere (previews, forms, personal pages). */
export function setNoStore(headers: Headers, noindex = false): void {
  headers.set('Cache-Control', 'no-store');
  if (noindex) headers.set('X-Robots-Tag', 'noindex, nofollow');
}

/**
 * For a cached page with a form: the server's HTML cache sets this hidden field's value to the
 * current time (epoch ms) on every hit, so a fill-time check still sees when the form was shown.
 */
export function setFreshFillTime(headers: Headers, field: string): void {
  headers.set('x-cache-fill-time', field);
}
