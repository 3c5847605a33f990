import type { AstroGlobal } from 'astro';
import type { GroupsSite, TokenResult } from '../../../cms/groups/types';
import { readForm } from '../../lib/readForm';
import { setNoStore } from '../../lib/setCacheTags';

type TokenMethod = 'confirm' | 'cancel' | 'acceptOffer';

/**
 * An e-mailed link (confirm, cancel, accept a place): the GET shows a button, only the POST
 * acts, so mail scanners that open links change nothing. Never cached, never indexed.
 */
export async function handleTokenLink(Astro: AstroGlobal, method: TokenMethod): Promise<{ token: string; result: TokenResult | null }> {
  setNoStore(Astro.response.headers, true);
  if (Astro.request.method !== 'POST') return { token: (Astro.url.searchParams.get('token') ?? '').slice(0, 100), result: null };
  const form = await readForm(Astro.request);
  const token = (form?.token ?? '').slice(0, 100);
  const groups: GroupsSite = Astro.locals.groups;
  return { token, result: await groups[method](token) };
}
