/**
 * Pure parts of the analytics beacon (no DOM, no storage), so they can be unit-tested.
 * `site/scripts/analytics.ts` gathers the inputs from the browser and sends the result.
 * The server's contract is `cms/analytics/beaconSchema.ts`; bodies built here must pass it.
 */

export type BeaconEvent = 'pageview' | 'moduleStart' | 'moduleFinish';

/** Decided in the browser by `visitStore.ts`; the meaning of each is in the README contract. */
export interface VisitFlags {
  /** First page view of a visit (a visit ends after 30 minutes without a page view, and at midnight). */
  newVisit: boolean;
  /** First page view of this browser today. */
  firstToday: boolean;
  /** This browser was first counted on an earlier day. */
  returning: boolean;
  /** First page view of this browser this calendar month. */
  firstThisMonth: boolean;
  /** First page view of this browser this calendar year. */
  firstThisYear: boolean;
  /** First returning visit of this browser this calendar year. */
  firstReturningThisYear: boolean;
}

/** What the visitor said about tracking. Any one of them means: send nothing. */
export interface PrivacySignals {
  /** `navigator.globalPrivacyControl` */
  globalPrivacyControl: unknown;
  /** `navigator.doNotTrack` */
  doNotTrack: unknown;
  /** The portal's own opt-out (privacy page). */
  optedOut: boolean;
}

export interface BeaconInput {
  /** Route key from `<html data-route>`. */
  route: string | undefined;
  event: BeaconEvent;
  flags: VisitFlags;
  /** Campaign source of this visit, if any. */
  source: string | null;
  /** True when `source` was read from this page's own URL (`?bron=`). */
  landing: boolean;
  /** `document.referrer` ('' when none). */
  referrer: string;
  /** `location.origin` of this page. */
  origin: string;
  privacy: PrivacySignals;
}

/** The JSON body of `POST /beacon`; only these keys, optional ones left out when empty. */
export interface BeaconBody extends VisitFlags {
  route: string;
  event: BeaconEvent;
  source?: string;
  landing?: true;
  referrer?: string;
}

/** The flags every body carries, in the order they are sent. */
export const VISIT_FLAGS = ['newVisit', 'firstToday', 'returning', 'firstThisMonth', 'firstThisYear', 'firstReturningThisYear'] as const;

/** A campaign source code (`?bron=`), also the shape `visitStore.ts` keeps per visit. */
export const SOURCE_CODE = /^[a-z0-9-]{1,32}$/;
const MODULE_ROUTE = /^module:[1-9][0-9]?$/;
// Mirrors REFERRER_HOST_PATTERN in cms/analytics/beaconSchema.ts: a host the server would
// reject is left out here rather than costing the whole page view.
const HOST = /^(?=.{1,100}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/;

/** True when Global Privacy Control, Do Not Track or the portal's opt-out is set. */
export function isTrackingRefused(privacy: PrivacySignals): boolean {
  return privacy.globalPrivacyControl === true || privacy.doNotTrack === '1' || privacy.optedOut;
}

/** The referring host when it is another site; never a path, query or own host. */
function otherSiteHost(referrer: string, origin: string): string | undefined {
  try {
    // The URL parser already lower-cases (and punycodes) the host of http(s) addresses.
    const { protocol, hostname } = new URL(referrer);
    const foreign = /^https?:$/.test(protocol) && hostname !== new URL(origin).hostname;
    return foreign && HOST.test(hostname) ? hostname : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Builds the beacon body, or returns null when nothing may or can be sent (tracking
 * refused, no route, a module event without a module route). Visit flags are sent as
 * false on module events (the server does not count them there); the referrer only on
 * the first page view of a visit, the only place it is counted.
 */
export function buildBeacon(input: BeaconInput): BeaconBody | null {
  const { route, event, flags } = input;
  if (isTrackingRefused(input.privacy) || !route || route.length > 100) return null;
  const isPageview = event === 'pageview';
  if (!isPageview && !MODULE_ROUTE.test(route)) return null;

  const body = { route, event } as BeaconBody;
  // Same key order as VisitFlags; all false on module events.
  for (const flag of VISIT_FLAGS) body[flag] = isPageview && flags[flag];
  const source = input.source ?? '';
  if (SOURCE_CODE.test(source)) {
    body.source = source;
    if (isPageview && input.landing) body.landing = true;
  }
  if (isPageview && flags.newVisit) {
    const host = otherSiteHost(input.referrer, input.origin);
    if (host) body.referrer = host;
  }
  return body;
}

/**
 * Reads the campaign code from `?bron=` and the address without it (other parameters and
 * the hash kept). `cleanUrl` is null when there is no `bron` parameter to remove; `code`
 * is null when the value is not a valid code (it is still removed from the address).
 */
export function readCampaignParam(href: string): { code: string | null; cleanUrl: string | null } {
  const url = new URL(href);
  const params = url.searchParams;
  const raw = params.get('bron');
  params.delete('bron');
  const code = raw?.trim().toLowerCase() ?? '';
  return {
    code: SOURCE_CODE.test(code) ? code : null,
    cleanUrl: raw === null ? null : url.pathname + url.search + url.hash,
  };
}
