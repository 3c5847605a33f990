import type { AnalyticsRegistry, Increment } from '../../cms/analytics/ingest';
import { runIngest } from '../../cms/analytics/ingest';
import { dayInAmsterdam } from '../../cms/analytics/dayInAmsterdam';
import { mergeIncrements } from '../../cms/analytics/write/mergeIncrements';
import { guardStorage } from '../../site/lib/browserStorage';
import { type BeaconEvent, buildBeacon } from '../../site/lib/buildBeacon';
import { createVisitStore, noVisitFlags } from '../../site/lib/visitStore';
import { FakeStorage } from '../unit/fakeStorage';

/** One page of a planned visit, `afterMinutes` after the visit's first page. */
export interface PlannedPage {
  route: string;
  afterMinutes: number;
  /** Module events sent from this page (a first answer, a finished module). */
  events?: Exclude<BeaconEvent, 'pageview'>[];
}

/** A visit as a person would make it: pages less than 30 minutes apart. */
export interface PlannedVisit {
  /** ms since 1970 of the first page. */
  start: number;
  pages: PlannedPage[];
  /** Campaign code in the first page's address (`?bron=`). */
  source?: string;
  /** The page that linked to the first page. */
  referrer?: string;
}

/** One browser's visits, in time order. */
export type PlannedBrowser = PlannedVisit[];

const ORIGIN = 'https://www.stopitnow.nl';
const BROWSER_UA = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36';

/**
 * Replays planned browsers through the code a real visit runs: the browser's visit store (each
 * browser with its own storage) and beacon builder, then the server's ingest pipeline on the
 * day the beacon arrives. Returns the merged counter increments, ready for `incrementCounters`.
 */
export function replayBrowsers(browsers: readonly PlannedBrowser[], registry: AnalyticsRegistry): Increment[] {
  const increments: Increment[] = [];
  const privacy = { globalPrivacyControl: undefined, doNotTrack: null, optedOut: false };
  const send = (body: object | null, time: number) => {
    if (!body) throw new Error('the browser refused to build a beacon');
    const result = runIngest({ raw: JSON.stringify(body), userAgent: BROWSER_UA, registry, day: dayInAmsterdam(new Date(time)) });
    if (!result.ok) throw new Error(`beacon dropped (${result.reason}): ${JSON.stringify(body)}`);
    increments.push(...result.increments);
  };
  for (const visits of browsers) {
    const store = createVisitStore(guardStorage(() => new FakeStorage()));
    for (const visit of visits) {
      visit.pages.forEach((page, index) => {
        const time = visit.start + page.afterMinutes * 60_000;
        const landing = index === 0 && visit.source !== undefined;
        // The order of site/scripts/analytics.ts: flags first, then this page's campaign code.
        const flags = store.computeVisitFlags(time);
        if (landing) store.setCampaignSource(visit.source!);
        const base = { source: store.getCampaignSource(), origin: ORIGIN, privacy };
        send(buildBeacon({ ...base, route: page.route, event: 'pageview', flags, landing, referrer: index === 0 ? (visit.referrer ?? '') : ORIGIN }), time);
        for (const event of page.events ?? []) {
          send(buildBeacon({ ...base, route: page.route, event, flags: noVisitFlags(), landing: false, referrer: '' }), time);
        }
      });
    }
  }
  return mergeIncrements(increments);
}
