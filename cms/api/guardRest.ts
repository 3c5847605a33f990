import config from '@payload-config';
import { getPayload } from 'payload';
import { checkRestRequest, type RestShape, restShapeOf } from './checkRestRequest';
import { requestUser } from './requestUser';

type Handler = (request: Request, context: { params: Promise<{ slug: string[] }> }) => Promise<Response>;

let shape: RestShape | null = null;

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
    // Only list parameters depend on who asks; verify the session only when they are present.
    const asksForList = ['limit', 'depth', 'pagination'].some((name) => url.searchParams.has(name));
    const anonymous = request.method === 'GET' && asksForList ? (await requestUser(payload, request.headers)) === null : false;
    const refusal = checkRestRequest(request.method, url.pathname, url.searchParams, shape, anonymous);
    if (refusal) {
      return Response.json({ errors: [{ message: refusal.message }] }, { status: refusal.status, headers: { 'Cache-Control': 'no-store' } });
    }
    return handler(request, context);
  };
}
