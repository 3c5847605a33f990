import type { Payload, Where } from 'payload';
import { DEFAULT_DEVICE_NOTICE, noticeParagraphs } from '../globals/siteSettings/deviceNotice';
import { verifyPreviewToken } from '../lib/previewToken';
import type { CrisisView, HelplineView, ModuleSummary, ModuleView, PageLookup, PageView, PlanExercise, SettingsView, SiteData } from './types';
import { richTextToHtml } from './richTextToHtml';
import { toBlockViews } from './toBlockViews';
import { toHelplineView } from './toHelplineView';

type Doc = Record<string, any>;

function toModuleSummary(doc: Doc): ModuleSummary {
  return { number: doc.number, title: doc.title, slug: doc.slug, summary: doc.summary, estimatedMinutes: doc.estimatedMinutes };
}

/** The page's slug for route keys: the path without its leading slash ("" is the home page). */
export function pageSlug(path: string): string {
  return path === '/' ? 'home' : path.slice(1);
}

function toPageView(doc: Doc, isPreview: boolean): PageView {
  const ends = doc.campaign?.endsAt ? Date.parse(doc.campaign.endsAt) : null;
  return {
    title: doc.title,
    path: doc.path,
    slug: pageSlug(doc.path),
    blocks: toBlockViews(doc.layout),
    seo: {
      title: doc.seo?.title || doc.title,
      description: doc.seo?.description || '',
      noindex: Boolean(doc.seo?.noindex) || isPreview,
      imageUrl: typeof doc.seo?.image === 'object' ? (doc.seo.image?.url ?? null) : null,
    },
    validUntil: ends,
    isPreview,
  };
}

/**
 * Public reads for the Astro site, through Payload's Local API as the anonymous visitor.
 * `now` is injectable so publish-window behaviour can be tested.
 */
export function createSiteData(payload: Payload, now: () => number = Date.now): SiteData {
  const publicRead = { overrideAccess: false, depth: 1 } as const;

  async function findPageBy(where: Where, options: { draft?: boolean; asStaff?: boolean } = {}): Promise<Doc | null> {
    const { docs } = await payload.find({
      collection: 'pages',
      where,
      limit: 1,
      depth: 1,
      draft: options.draft ?? false,
      overrideAccess: options.asStaff ?? false,
    });
    return (docs[0] as Doc | undefined) ?? null;
  }

  async function wasEverPublished(id: string | number): Promise<boolean> {
    const { totalDocs } = await payload.countVersions({
      collection: 'pages',
      where: { parent: { equals: id }, 'version._status': { equals: 'published' } },
      overrideAccess: true,
    });
    return totalDocs > 0;
  }

  /** The state of a published page at this moment: live, not yet started, or ended. */
  async function resolveLive(doc: Doc): Promise<PageLookup> {
    const t = now();
    const starts = doc.campaign?.startsAt ? Date.parse(doc.campaign.startsAt) : null;
    const ends = doc.campaign?.endsAt ? Date.parse(doc.campaign.endsAt) : null;
    if (starts !== null && t < starts) return { kind: 'notYet', title: doc.title, validUntil: starts };
    if (ends !== null && t >= ends) return endedOrTarget(doc);
    return { kind: 'page', page: toPageView(doc, false) };
  }

  async function endedOrTarget(doc: Doc): Promise<PageLookup> {
    const target = doc.campaign?.endedTarget;
    const targetId = typeof target === 'object' && target ? target.id : target;
    if (targetId != null && targetId !== doc.id) {
      const live = await findPageBy({ id: { equals: targetId } });
      if (live && (await resolveLive(live)).kind === 'page') return { kind: 'redirect', location: live.path };
    }
    return { kind: 'ended', title: doc.title };
  }

  return {
    async helpline(): Promise<HelplineView> {
      const doc = (await payload.findGlobal({ slug: 'helpline', ...publicRead })) as Doc;
      return toHelplineView(doc, now());
    },

    async crisis(): Promise<CrisisView> {
      const doc = (await payload.findGlobal({ slug: 'crisis-help', ...publicRead })) as Doc;
      return {
        heading: doc.heading || 'Direct hulp nodig?',
        intro: doc.intro ?? '',
        lines: ((doc.lines ?? []) as Doc[]).map((line) => ({ label: line.label, number: line.number, href: line.href, when: line.when, website: line.website || null })),
        childSafety: { heading: doc.childSafetyHeading ?? '', text: doc.childSafetyText ?? '' },
      };
    },

    async settings(): Promise<SettingsView> {
      const doc = (await payload.findGlobal({ slug: 'site-settings', ...publicRead })) as Doc;
      return {
        quickExitUrl: doc.quickExitUrl ?? 'https://www.buienradar.nl/',
        footerText: doc.footerText ?? '',
        privacyVersion: doc.privacyVersion ?? '',
        privacyHtml: richTextToHtml(doc.privacyStatement),
        deviceNotice: noticeParagraphs(doc.deviceNotice || DEFAULT_DEVICE_NOTICE),
      };
    },

    async modules() {
      const { docs } = await payload.find({ collection: 'modules', sort: 'number', limit: 100, depth: 0, overrideAccess: false, select: { number: true, title: true, slug: true, summary: true, estimatedMinutes: true } });
      return (docs as Doc[]).map(toModuleSummary);
    },

    async planExercises() {
      const { docs } = await payload.find({ collection: 'modules', sort: 'number', limit: 100, depth: 0, overrideAccess: false });
      const result: PlanExercise[] = [];
      for (const doc of docs as Doc[]) {
        for (const block of (doc.layout ?? []) as Doc[]) {
          if (!block.planSection) continue;
          const labels: Record<string, string> = {};
          const rows = Array.isArray(block.rows) ? block.rows : [];
          for (const item of [...(block.items ?? []), ...(block.techniques ?? []), ...rows] as Doc[]) labels[item.key] = item.label ?? item.name;
          const columns = ((block.columns ?? []) as Doc[]).filter((c) => c.inPlan !== false).map((c) => ({ key: c.key as string, label: c.label as string }));
          result.push({ section: block.planSection, moduleSlug: doc.slug, moduleNumber: doc.number, moduleTitle: doc.title, key: block.key, kind: block.blockType, title: block.title, labels, ...(columns.length ? { columns } : {}) });
        }
      }
      return result;
    },

    async module(slug, previewToken) {
      const preview = verifyPreviewToken(previewToken);
      if (preview?.collection === 'modules') {
        const doc = (await payload.findByID({ collection: 'modules', id: preview.id, draft: true, depth: 1, overrideAccess: true }).catch(() => null)) as Doc | null;
        if (doc && doc.slug === slug) return { ...toModuleSummary(doc), blocks: toBlockViews(doc.layout), isPreview: true } satisfies ModuleView;
      }
      const { docs } = await payload.find({ collection: 'modules', where: { slug: { equals: slug } }, limit: 1, ...publicRead });
      const doc = docs[0] as Doc | undefined;
      return doc ? { ...toModuleSummary(doc), blocks: toBlockViews(doc.layout), isPreview: false } : null;
    },

    async page(path, previewToken) {
      const preview = verifyPreviewToken(previewToken);
      if (preview?.collection === 'pages') {
        const doc = (await payload.findByID({ collection: 'pages', id: preview.id, draft: true, depth: 1, overrideAccess: true }).catch(() => null)) as Doc | null;
        if (doc && doc.path === path) return { kind: 'page', page: toPageView(doc, true) };
      }
      // The public read applies the publish window (cms/access/publishedInWindowOrEditor.ts).
      const published = await findPageBy({ path: { equals: path } });
      if (published) return resolveLive(published);
      // Existence checks as staff: a page outside its window, an unpublished page or an old path
      // must still lead somewhere helpful (printed QR codes), without showing unpublished content.
      const stored = await findPageBy({ path: { equals: path } }, { asStaff: true });
      // Published but outside its window: not started yet, or ended.
      if (stored?._status === 'published') return resolveLive(stored);
      // Only a page that was live once has "ended"; a draft that never went live does not exist yet.
      if (stored && (await wasEverPublished(stored.id))) return endedOrTarget(stored);
      const moved = await findPageBy({ previousPaths: { equals: path } }, { asStaff: true });
      if (moved) {
        const live = await findPageBy({ id: { equals: moved.id } });
        if (live && (await resolveLive(live)).kind === 'page') return { kind: 'redirect', location: live.path };
        return endedOrTarget(moved);
      }
      return { kind: 'none' };
    },

    async shortLink(code) {
      // Sources are staff-only documents; only the page path leaves this function.
      const { docs } = await payload.find({ collection: 'campaign-sources', where: { code: { equals: code } }, limit: 1, depth: 0, overrideAccess: true, select: { code: true, page: true } });
      const source = docs[0] as Doc | undefined;
      if (!source) return null;
      const page = (await payload
        .findByID({ collection: 'pages', id: source.page, depth: 0, overrideAccess: true, select: { path: true, _status: true, campaign: { startsAt: true } } })
        .catch(() => null)) as Doc | null;
      if (!page) return null;
      // The path of a page that was never live, or whose campaign has not started, stays unknown:
      // such a code gets the helpful not-found page.
      const starts = page.campaign?.startsAt ? Date.parse(page.campaign.startsAt) : null;
      if (starts !== null && now() < starts) return null;
      if (page._status !== 'published' && !(await wasEverPublished(page.id))) return null;
      return `${page.path}?bron=${encodeURIComponent(source.code)}`;
    },
  };
}
