import { ANONYMOUS_MAX_DEPTH, ANONYMOUS_MAX_LIMIT, MAX_PAGE, STAFF_MAX_LIMIT } from './restLimits';

/** What the check needs to know about one collection's routes. */
export interface CollectionRoutes {
  versions: boolean;
  /** Fixed first segments after the slug (`count`, `login`, `export`…). */
  words: ReadonlySet<string>;
  /** An endpoint takes any first segment (`/:key`), so ids are not checked. */
  anyKey: boolean;
}

/** What the check needs to know about the configured collections. */
export interface RestShape {
  collections: ReadonlyMap<string, CollectionRoutes>;
  /** How document ids look: numbers (SQLite) or ObjectId strings (MongoDB). */
  idType: 'number' | 'text';
}

export interface RestRefusal {
  status: 400 | 404;
  message: string;
}

const NUMBER_ID = /^[1-9][0-9]{0,14}$/;
const OBJECT_ID = /^[0-9a-f]{24}$/i;
const WHOLE = /^[0-9]{1,9}$/;

function badNumber(params: URLSearchParams, name: string, min: number, max: number): RestRefusal | null {
  const value = params.get(name);
  if (value === null) return null;
  if (!WHOLE.test(value) || Number(value) < min || Number(value) > max) {
    return { status: 400, message: `De parameter "${name}" moet een geheel getal van ${min} tot en met ${max} zijn.` };
  }
  return null;
}

/**
 * Refuses REST requests that Payload would turn into a 500 or into an expensive read, before
 * Payload sees them: a document id that cannot be one (`/api/pages/abc`), versions of a
 * collection that keeps none, `page`/`limit`/`depth` that are not small whole numbers, and,
 * for anonymous readers, pages over ANONYMOUS_MAX_LIMIT, unpaginated lists or deep population.
 *
 * @param pathname the request path (`/api/...`)
 * @returns null when Payload may handle the request
 */
export function checkRestRequest(method: string, pathname: string, params: URLSearchParams, shape: RestShape, anonymous: boolean): RestRefusal | null {
  const segments = pathname.replace(/^\/api\/?/, '').split('/');
  const [slug, second, third] = segments;
  // Payload looks slugs up in plain objects: `/api/constructor` found Object's constructor.
  if (isPrototypeName(slug) || (slug === 'globals' && isPrototypeName(second))) return { status: 404, message: 'Niet gevonden.' };
  const collection = slug ? shape.collections.get(slug) : undefined;
  if (collection && second !== undefined && second !== '' && !collection.anyKey) {
    if (second === 'versions') {
      if (!collection.versions) return { status: 404, message: 'Deze verzameling heeft geen versies.' };
      if (third !== undefined && !isId(third, shape.idType)) return { status: 404, message: 'Niet gevonden.' };
    } else if (!collection.words.has(second) && !isId(second, shape.idType)) {
      return { status: 404, message: 'Niet gevonden.' };
    }
  }
  if (method !== 'GET') return null;
  const maxLimit = anonymous ? ANONYMOUS_MAX_LIMIT : STAFF_MAX_LIMIT;
  const refusal =
    badNumber(params, 'page', 1, MAX_PAGE) ??
    badNumber(params, 'limit', anonymous ? 1 : 0, maxLimit) ??
    badNumber(params, 'depth', 0, anonymous ? ANONYMOUS_MAX_DEPTH : 10);
  if (refusal) return refusal;
  if (anonymous && params.has('pagination') && params.get('pagination') !== 'true') {
    return { status: 400, message: `Lijsten zonder paginering zijn niet openbaar; vraag hoogstens ${ANONYMOUS_MAX_LIMIT} per pagina.` };
  }
  return null;
}

function isPrototypeName(value: string | undefined): boolean {
  return value !== undefined && value in Object.prototype;
}

function isId(value: string, idType: RestShape['idType']): boolean {
  return idType === 'number' ? NUMBER_ID.test(value) : OBJECT_ID.test(value);
}

/**
 * The route shape of every collection, read from the sanitized config: the endpoints Payload
 * adds (collection, auth, upload) and the project's own, so a new endpoint needs no change here.
 */
export function restShapeOf(
  collections: readonly { slug: string; versions?: unknown; endpoints?: false | readonly { path: string }[] }[],
  idType: RestShape['idType'],
): RestShape {
  const shape = new Map<string, CollectionRoutes>();
  for (const collection of collections) {
    const words = new Set<string>();
    let anyKey = false;
    for (const endpoint of collection.endpoints || []) {
      const first = endpoint.path.split('/')[1] ?? '';
      if (first.startsWith(':')) anyKey ||= first.replace(/\?$/, '') !== ':id';
      else if (first) words.add(first);
    }
    shape.set(collection.slug, { versions: Boolean(collection.versions), words, anyKey });
  }
  return { collections: shape, idType };
}
