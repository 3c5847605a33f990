import fs from 'node:fs/promises';
import path from 'node:path';
import config from '@payload-config';
import { getPayload, type Payload } from 'payload';
import { parse as parseQuery } from 'qs-esm';
import { checkRestRequest, type RestShape, restShapeOf } from './checkRestRequest';
import { whereProblem } from './checkWhere';
import { requestUser } from './requestUser';

type Handler = (request: Request, context: { params: Promise<{ slug: string[] }> }) => Promise<Response>;

let shape: RestShape | null = null;

/**
 * The admin's own sign-in forms post multipart (`_payload`) before anyone is signed in:
 * create-first-user, login, forgot and reset password. They carry no file.
 */
const ANONYMOUS_FORMS = /^\/api\/users\/(first-register|login|forgot-password|reset-password)$/;

/**
 * Wraps one of Payload's REST route handlers with `checkRestRequest`: requests that can only
 * fail (and used to fail with a 500) or that ask an anonymous reader's list too large get a 4xx
 * in Payload's error shape, before Payload reads the database.
 */
export function guardRest(handler: Handler): Handler {
  return async (request, context) => {
    const payload = await getPayload({ config });
    shape ??= restShapeOf(payload.config.collections, payload.db.defaultIDType === 'number' ? 'number' : 'text');
    const url = new URL(request.url);
    // Only list parameters and uploads depend on who asks; verify the session only then.
    const asksForList = request.method === 'GET' && ['limit', 'depth', 'pagination'].some((name) => url.searchParams.has(name));
    const multipart = /^multipart\//i.test(request.headers.get('content-type') ?? '');
    const anonymous = asksForList || multipart ? (await requestUser(payload, request.headers)) === null : false;
    if (multipart) {
      // Only staff upload files; a form without its boundary cannot be read at all.
      if (anonymous && !ANONYMOUS_FORMS.test(url.pathname)) return Response.json({ errors: [{ message: 'Bestanden versturen kan alleen als medewerker.' }] }, { status: 401, headers: { 'Cache-Control': 'no-store' } });
      if (!/;\s*boundary=/i.test(request.headers.get('content-type') ?? '')) return Response.json({ errors: [{ message: 'Het formulier mist zijn boundary.' }] }, { status: 400 });
    }
    const refusal = checkRestRequest(request.method, url.pathname, url.searchParams, shape, anonymous) ?? checkWhere(url.search);
    if (!refusal && (await isMissingUpload(payload, request.method, url.pathname))) {
      return Response.json({ errors: [{ message: 'Niet gevonden.' }] }, { status: 404, headers: { 'Cache-Control': 'no-store' } });
    }
    if (refusal) {
      return Response.json({ errors: [{ message: refusal.message }] }, { status: refusal.status, headers: { 'Cache-Control': 'no-store' } });
    }
    return handler(request, context);
  };
}

/**
 * A request for an uploaded file that is not on disk: Payload answers 500 for it ("missing on
 * the disk"), which is a client's wrong address, not a server fault.
 */
async function isMissingUpload(payload: Payload, method: string, pathname: string): Promise<boolean> {
  const match = /^\/api\/([a-z0-9-]+)\/file\/([^/]+)$/.exec(pathname);
  if (!match || (method !== 'GET' && method !== 'HEAD')) return false;
  const upload = payload.config.collections.find((c) => c.slug === match[1])?.upload;
  const staticDir = typeof upload === 'object' ? upload.staticDir : undefined;
  if (!staticDir) return false;
  let name: string;
  try {
    name = decodeURIComponent(match[2] ?? '');
  } catch {
    return true;
  }
  if (name.startsWith('.') || /[\\/]/.test(name)) return true;
  return fs.stat(path.join(path.resolve(staticDir), name)).then(
    (stat) => !stat.isFile(),
    () => true,
  );
}

/** The `where` of a query string, parsed as Payload parses it, checked by `whereProblem`. */
function checkWhere(search: string): { status: 400; message: string } | null {
  if (!search.includes('where')) return null;
  const query = parseQuery(search, { allowEmptyArrays: true, arrayLimit: 1000, depth: 10, ignoreQueryPrefix: true }) as { where?: unknown };
  if (query.where === undefined) return null;
  const problem = whereProblem(query.where);
  return problem ? { status: 400, message: problem } : null;
}
