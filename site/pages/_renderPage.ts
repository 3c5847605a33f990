import type { AstroGlobal } from 'astro';
import type { PageLookup } from '../../cms/siteData/types';
import { sameOriginLocation } from '../lib/sameOriginLocation';
import { setCacheTags, setNoStore } from '../lib/setCacheTags';

/**
 * Shared decision for block-built pages ("/" and the catch-all): live page, redirect,
 * ended campaign, not yet started, or unknown. Sets status and cache headers.
 */
export async function resolvePage(Astro: AstroGlobal, path: string): Promise<PageLookup | Response> {
  const preview = Astro.url.searchParams.get('preview');
  const lookup = await Astro.locals.site.page(path, preview);
  const headers = Astro.response.headers;
  if (lookup.kind === 'redirect') {
    const location = sameOriginLocation(lookup.location);
    if (location) return Astro.redirect(location, 301);
    Astro.response.status = 404;
    return { kind: 'none' };
  }
  if (lookup.kind === 'page' && lookup.page.isPreview) setNoStore(headers, true);
  else if (lookup.kind === 'page') setCacheTags(headers, [`page:${path}`, 'modules'], lookup.page.validUntil);
  else if (lookup.kind === 'ended') setCacheTags(headers, [`page:${path}`]);
  else if (lookup.kind === 'notYet') {
    Astro.response.status = 404;
  } else Astro.response.status = 404;
  return lookup;
}
