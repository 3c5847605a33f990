import type { Field, PayloadRequest } from 'payload';
import { checkInternalLink } from './checkInternalLink';

// A site path is one slash and then not a second slash or backslash: browsers read `//host`
// and `/\host` as another site. No whitespace, control character or backslash in a path.
// biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point
const SAFE_HREF = /^(\/(?![/\\])[^\s\\\u0000-\u001f\u007f]*|https:\/\/[^\s]+|tel:\+?[0-9 -]+|mailto:[^\s]+)$/;

/** Validates a link target: a path on this site, an https address, tel: or mailto:. */
export function validateHref(value: unknown): true | string {
  if (value == null || value === '') return true;
  return typeof value === 'string' && value.length <= 300 && SAFE_HREF.test(value)
    ? true
    : 'Gebruik een pad op deze site (begint met /), een https-adres, tel: of mailto:.';
}

/**
 * Validates a link an editor sets: the form of `validateHref`, and for a path on this site,
 * that it leads to a page, module, group or route that visitors can open (checkInternalLink).
 * For field `validate` options: Payload runs it on the server with the request.
 */
export async function validateLink(value: unknown, options?: { req?: PayloadRequest }): Promise<true | string> {
  const form = validateHref(value);
  if (form !== true || typeof value !== 'string' || value === '' || !options?.req?.payload) return form;
  return checkInternalLink(options.req.payload, value);
}

/** A call-to-action link: visible label plus target. */
export function linkFields(required = true): Field[] {
  return [
    { name: 'linkLabel', type: 'text', required, maxLength: 80, label: { nl: 'Tekst van de knop', en: 'Button text' } },
    {
      name: 'href',
      type: 'text',
      required,
      maxLength: 300,
      label: { nl: 'Link', en: 'Link' },
      admin: { description: { nl: 'Bijvoorbeeld /zelfhulp, /lotgenotengroepen of /contact. Een link naar een pagina die niet bestaat of nog niet gepubliceerd is, kun je niet opslaan.', en: 'E.g. /zelfhulp. Links to pages that do not exist cannot be saved.' } },
      validate: validateLink,
    },
  ];
}
