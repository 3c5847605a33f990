import type { APIRoute } from 'astro';
import { parseForm, unlockSchema } from '../../../cms/contact/contactSchema';
import { formatInGroups } from '../../../cms/contact/conversationCodes';
import { runtimeConfig } from '../../../cms/lib/runtimeConfig';
import { readForm } from '../../lib/readForm';

/**
 * "Bewaar als tekstbestand": returns code and secret as a small text file to download. A form
 * post, so it works without JavaScript and the codes never appear in a URL. Only codes of the
 * right shape are written back: this cannot be used to make a file with anything else in it.
 * Nothing is looked up or stored.
 */
export const POST: APIRoute = async ({ request, locals }) => {
  const form = await readForm(request);
  const parsed = form ? parseForm(unlockSchema, form) : null;
  if (!parsed?.ok) {
    return new Response('Deze codes konden niet worden bewaard. Ga terug en schrijf ze over.', {
      status: 400,
      headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
    });
  }
  const { retentionDays } = await locals.contact.info();
  const text = [
    `Gesprekscode: ${formatInGroups(parsed.data.code)}`,
    `Wachtwoord:   ${formatInGroups(parsed.data.secret)}`,
    '',
    `Je gesprek lees je op: ${new URL('/contact/gesprek', `${runtimeConfig().publicUrl}/`).href}`,
    '',
    'Bewaar dit bestand op een plek waar anderen niet kunnen kijken. Zonder deze code en dit',
    'wachtwoord kan niemand het gesprek openen, ook wij niet.',
    `Het gesprek wordt vanzelf gewist ${retentionDays} dagen na het laatste bericht.`,
    '',
  ].join('\r\n');
  return new Response(text, {
    headers: {
      'content-type': 'text/plain; charset=utf-8',
      'content-disposition': 'attachment; filename="gesprek.txt"',
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    },
  });
};

/** Opening the address itself leads to the conversation page. */
export const GET: APIRoute = ({ redirect }) => redirect('/contact/gesprek', 303);
