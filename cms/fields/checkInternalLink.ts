import type { Payload } from 'payload';
import { ACTION_ROUTES, STATIC_ROUTES } from '../lib/siteRoutes';

const EXAMPLES = 'bijvoorbeeld /zelfhulp, /lotgenotengroepen of /contact';

/** The path of an internal link, without query string, fragment or trailing slash. */
function pathOf(href: string): string {
  const path = href.split(/[?#]/, 1)[0] ?? '';
  return path.length > 1 ? path.replace(/\/+$/, '') : path;
}

/**
 * Whether an internal link (starting with "/") leads to something a visitor can open now: a
 * fixed route of the site, a published module or support group, a campaign short link, or a
 * published block-built page whose campaign has started. Anything else gets a Dutch message
 * for the editor that says what is wrong and what to do. Other links pass unchecked.
 */
export async function checkInternalLink(payload: Payload, href: string, now: Date = new Date()): Promise<true | string> {
  if (!href.startsWith('/')) return true;
  const path = pathOf(href);
  if (path === '') return `Deze link is leeg. Gebruik een adres op deze site, ${EXAMPLES}.`;
  if (path !== path.toLowerCase()) return `Gebruik alleen kleine letters in het adres: ${path.toLowerCase()}`;
  if ((STATIC_ROUTES as readonly string[]).includes(path)) return true;
  if ((ACTION_ROUTES as readonly string[]).includes(path)) return `${path} werkt alleen met een link uit een e-mail. Kies een andere pagina, ${EXAMPLES}.`;

  const [, section = '', rest = '', extra] = path.split('/');
  if (section === 'zelfhulp' && rest && extra === undefined) {
    const { totalDocs } = await payload.count({ collection: 'modules', where: { slug: { equals: rest } }, overrideAccess: false });
    return totalDocs > 0 ? true : `Er is geen gepubliceerde module met het adres ${path}. Kijk bij Modules welk adres (slug) de module heeft.`;
  }
  if (section === 'lotgenotengroepen' && rest && extra === undefined) {
    const { totalDocs } = await payload.count({ collection: 'groups', where: { slug: { equals: rest } }, overrideAccess: false });
    return totalDocs > 0 ? true : `Er is geen gepubliceerde lotgenotengroep met het adres ${path}. Link anders naar /lotgenotengroepen.`;
  }
  if (section === 'k' && rest && extra === undefined) {
    const { totalDocs } = await payload.count({ collection: 'campaign-sources', where: { code: { equals: rest } }, overrideAccess: true });
    return totalDocs > 0 ? true : `Er is geen campagnebron met de code ${rest}.`;
  }
  return checkPage(payload, path, now);
}

async function checkPage(payload: Payload, path: string, now: Date): Promise<true | string> {
  // Visitors see a published page only inside its campaign window (publishedInWindowOrEditor),
  // so the published version is read with full access and its window checked here.
  const published = await payload.find({ collection: 'pages', where: { path: { equals: path }, _status: { equals: 'published' } }, limit: 1, depth: 0, overrideAccess: true, select: { campaign: true } });
  const page = published.docs[0] as { campaign?: { startsAt?: string | null; endsAt?: string | null } } | undefined;
  if (page) {
    const starts = page.campaign?.startsAt ? Date.parse(page.campaign.startsAt) : null;
    if (starts !== null && starts > now.getTime()) return `De pagina ${path} is nog niet te zien: de campagne begint later. Link er pas naar als die is begonnen.`;
    // An ended campaign still answers (a page that says the campaign is over, with help).
    return true;
  }
  const any = await payload.find({ collection: 'pages', where: { path: { equals: path } }, limit: 1, depth: 0, overrideAccess: true, draft: true, select: { path: true } });
  if (any.docs.length > 0) return `De pagina ${path} is nog niet gepubliceerd. Publiceer die eerst, of kies een andere link.`;
  const moved = await payload.find({ collection: 'pages', where: { previousPaths: { equals: path } }, limit: 1, depth: 0, overrideAccess: true, select: { path: true } });
  const target = moved.docs[0] as { path?: string } | undefined;
  if (target?.path) return `De pagina ${path} heeft nu het adres ${target.path}. Gebruik dat adres.`;
  return `Er is geen pagina met het adres ${path}. Kies een bestaande pagina, ${EXAMPLES}.`;
}
