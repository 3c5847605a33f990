import { createHmac, timingSafeEqual } from 'node:crypto';
import { runtimeConfig } from './runtimeConfig';

export type PreviewCollection = 'modules' | 'pages';

const TTL_MS = 60 * 60 * 1000;

function sign(payload: string, secret: string): string {
  return createHmac('sha256', `preview:${secret}`).update(payload).digest('base64url');
}

/**
 * A signed, expiring token that lets staff view a draft on the public site without being
 * logged in there. It names one document, so it cannot be reused for another.
 */
export function createPreviewToken(
  collection: PreviewCollection,
  id: string | number,
  now = Date.now(),
  secret = runtimeConfig().payloadSecret,
): string {
  const body = `${collection}.${id}.${now + TTL_MS}`;
  return `${Buffer.from(body).toString('base64url')}.${sign(body, secret)}`;
}

/** Returns the document the token is valid for, or null when it is forged, malformed or expired. */
export function verifyPreviewToken(
  token: string | null | undefined,
  now = Date.now(),
  secret = runtimeConfig().payloadSecret,
): { collection: PreviewCollection; id: string } | null {
  if (!token || token.length > 300) return null;
  const [encoded, signature] = token.split('.');
  if (!encoded || !signature) return null;
  const body = Buffer.from(encoded, 'base64url').toString();
  const expected = Buffer.from(sign(body, secret));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  const [collection, id, expires] = body.split('.');
  if ((collection !== 'modules' && collection !== 'pages') || !id || Number(expires) < now) return null;
  return { collection, id };
}

/** The public URL that shows this draft to whoever holds the link, for about an hour. */
export function previewUrl(collection: PreviewCollection, id: string | number, path: string): string {
  return `${runtimeConfig().publicUrl}${path}?preview=${createPreviewToken(collection, id)}`;
}
