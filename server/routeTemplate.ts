/** Fixed words in admin and API paths; every other segment may be an id, a file name or a token. */
const ROUTE_WORDS = new Set([
  'access',
  'account',
  'api',
  'collections',
  'count',
  'create',
  'create-first-user',
  'duplicate',
  'export',
  'file',
  'first-register',
  'forgot',
  'forgot-password',
  'globals',
  'graphql',
  'graphql-playground',
  'inactivity',
  'init',
  'login',
  'logout',
  'logout-inactivity',
  'me',
  'preview',
  'refresh-token',
  'reset',
  'reset-password',
  'restore',
  'run',
  'statistieken',
  'unauthorized',
  'unlock',
  'verify',
  'versions',
]);

const SLUG = /^[a-z][a-z0-9-]{0,49}$/;
const STAFF_AREA = /^\/(admin|api)(?:\/|$)/;

/**
 * The path as it may be logged. Admin and API paths carry ids, file names and one-time tokens
 * (`/admin/reset/<token>` resets a password), so they are logged as route templates: fixed
 * words and collection or global slugs stay, every other segment becomes `:param`.
 * Public site paths are logged as they are (their tokens travel in the query string, which is
 * never logged).
 */
export function routeTemplate(path: string): string {
  const area = STAFF_AREA.exec(path)?.[1];
  if (!area) return path;
  const segments = path.split('/').slice(2);
  const kept = segments.map((segment, index) => {
    if (segment === '' || ROUTE_WORDS.has(segment)) return segment;
    // Where a slug stands: /api/<collection>, /admin/collections/<slug>, …/globals/<slug>.
    const slugPosition = (area === 'api' && index === 0) || segments[index - 1] === 'collections' || segments[index - 1] === 'globals';
    return slugPosition && SLUG.test(segment) ? segment : ':param';
  });
  return `/${area}${kept.length ? `/${kept.join('/')}` : ''}`;
}
