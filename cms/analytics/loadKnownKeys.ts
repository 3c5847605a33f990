import type { Payload } from 'payload';
import { pageSlug } from '../siteData/createSiteData';

/** The fixed site routes (see `data-route` in site/layouts and site/pages). */
export const FIXED_ROUTES = ['home', 'course', 'plan', 'privacy', 'groups', 'contact', 'ended', 'notfound'] as const;

/** What the registry knows, read from the CMS in one go. */
export interface KnownKeys {
  routes: Set<string>;
  sources: Set<string>;
}

/**
 * Reads the known route keys and source codes. Modules and pages are read as the public
 * site sees them (published only); source codes all, including those of ended campaigns,
 * because printed QR codes keep working.
 */
export async function loadKnownKeys(payload: Payload): Promise<KnownKeys> {
  const publicRead = { pagination: false, depth: 0, overrideAccess: false } as const;
  const [modules, pages, sources, groups] = await Promise.all([
    payload.find({ collection: 'modules', select: { number: true }, ...publicRead }),
    payload.find({ collection: 'pages', select: { path: true }, ...publicRead }),
    payload.find({ collection: 'campaign-sources', select: { code: true }, pagination: false, depth: 0, overrideAccess: true }),
    loadGroupSlugs(payload),
  ]);

  const routes = new Set<string>(FIXED_ROUTES);
  for (const doc of modules.docs) routes.add(`module:${doc.number}`);
  // The home page counts under the fixed key 'home', like the route that renders it.
  for (const doc of pages.docs) if (doc.path && doc.path !== '/') routes.add(`page:${pageSlug(doc.path)}`);
  for (const slug of groups) routes.add(`group:${slug}`);
  return { routes, sources: new Set(sources.docs.map((doc) => doc.code)) };
}

/** Group pages exist only when a `groups` collection is configured. */
async function loadGroupSlugs(payload: Payload): Promise<string[]> {
  if (!payload.collections['groups' as never]) return [];
  const { docs } = await payload.find({
    collection: 'groups' as never,
    select: { slug: true } as never,
    pagination: false,
    depth: 0,
    overrideAccess: true,
  });
  return (docs as { slug?: unknown }[]).map((doc) => doc.slug).filter((slug): slug is string => typeof slug === 'string');
}
