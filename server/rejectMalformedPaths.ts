import type { RequestHandler } from 'express';

// C0 controls, DEL and C1 controls: no real address contains them once decoded.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f]/;

/**
 * Why a request path is refused before any route sees it, or null when it is fine:
 * - it does not decode (a lone `%`, invalid UTF-8 such as `%C0`);
 * - it holds control characters, or a backslash, once decoded (browsers read `\` as `/` and
 *   drop tabs and newlines, which turns a path into another host in a redirect);
 * - it has an encoded slash or dot segment (`..%2f`), which only a traversal attempt sends.
 */
export function malformedPathReason(rawPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return 'undecodable';
  }
  if (CONTROL_CHARACTERS.test(decoded)) return 'control-character';
  if (decoded.includes('\\')) return 'backslash';
  if (/%2f|%5c/i.test(rawPath)) return 'encoded-separator';
  if (decoded.split('/').some((segment) => segment === '..' || segment === '.')) return 'dot-segment';
  return null;
}

/**
 * Answers 400 for request paths that no page, asset or API route can mean (see
 * `malformedPathReason`), so they never reach Astro, Next or the static file server, where
 * some of them used to end in a 500 or an off-site redirect.
 */
export const rejectMalformedPaths: RequestHandler = (req, res, next) => {
  const raw = req.originalUrl.split('?')[0] ?? '';
  if (malformedPathReason(raw) === null) return next();
  res.status(400).set('Cache-Control', 'no-store');
  if (/^\/(?:api|admin)(?:\/|$)/.test(raw)) {
    res.json({ errors: [{ message: 'Dit adres bestaat niet.' }] });
    return;
  }
  // A person may have mistyped the address: a plain page that leads to the site, where every
  // page offers the helpline. Nothing of the requested path is echoed.
  res.type('html').send(NOT_AN_ADDRESS);
};

const NOT_AN_ADDRESS = `<!DOCTYPE html>
<html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>Dit adres bestaat niet – Stop it Now!</title></head>
<body><main><h1>Dit adres bestaat niet</h1><p>Er staat een teken in het adres dat hier niet kan. Misschien is het adres niet goed overgenomen.</p>
<p><a href="/">Naar de startpagina</a>. Daar vind je de zelfhulp en hoe je ons anoniem kunt bellen, chatten of mailen.</p></main></body></html>`;
