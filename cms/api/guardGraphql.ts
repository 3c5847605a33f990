import config from '@payload-config';
import { parse } from 'graphql';
import { getPayload } from 'payload';
import { graphqlShapeProblem, MAX_GRAPHQL_QUERY_CHARS } from './graphqlLimits';
import { requestUser } from './requestUser';

type Handler = (request: Request) => Promise<Response>;

const refuse = (status: number, message: string) => Response.json({ errors: [{ message }] }, { status, headers: { 'Cache-Control': 'no-store' } });

/**
 * The public site never uses GraphQL, so only signed-in staff may: an anonymous request is
 * refused before its body is read. A staff query is checked for size and shape
 * (`graphqlShapeProblem`, linear time) before Payload runs graphql-js's validation, whose
 * overlapping-fields rule alone took a third of a second on the reported 160-alias query.
 */
export function guardGraphql(handler: Handler): Handler {
  return async (request) => {
    const payload = await getPayload({ config });
    if ((await requestUser(payload, request.headers)) === null) return refuse(401, 'GraphQL is alleen beschikbaar voor ingelogde medewerkers.');
    if (!/^application\/json\b/i.test(request.headers.get('content-type') ?? '')) return refuse(415, 'Stuur GraphQL als application/json.');
    let query: unknown;
    try {
      query = ((await request.clone().json()) as { query?: unknown } | null)?.query;
    } catch {
      return refuse(400, 'De body is geen geldige JSON.');
    }
    if (typeof query !== 'string') return refuse(400, 'De body mist een "query".');
    if (query.length > MAX_GRAPHQL_QUERY_CHARS) return refuse(400, `Query is too long (at most ${MAX_GRAPHQL_QUERY_CHARS} characters).`);
    let problem: string | null;
    try {
      problem = graphqlShapeProblem(parse(query, { maxTokens: 4_000 }));
    } catch {
      // Syntax errors are reported by graphql-js in its own shape.
      problem = null;
    }
    if (problem) return refuse(400, problem);
    return handler(request);
  };
}
