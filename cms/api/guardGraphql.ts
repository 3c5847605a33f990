import config from '@payload-config';
import { getPayload } from 'payload';
import { requestUser } from './requestUser';

type Handler = (request: Request) => Promise<Response>;

/**
 * The public site never uses GraphQL, so only signed-in staff may: an anonymous request is
 * refused before its body is parsed or the query is looked at. Staff queries are still capped
 * (see graphqlLimits.ts and `graphQL` in payload.config.ts).
 */
export function guardGraphql(handler: Handler): Handler {
  return async (request) => {
    const payload = await getPayload({ config });
    if ((await requestUser(payload, request.headers)) === null) {
      return Response.json(
        { errors: [{ message: 'GraphQL is alleen beschikbaar voor ingelogde medewerkers.' }] },
        { status: 401, headers: { 'Cache-Control': 'no-store' } },
      );
    }
    return handler(request);
  };
}
