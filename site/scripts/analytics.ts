/**
 * Anonymous visit counting (see cms/analytics/beaconSchema.ts for the contract).
 *
 * The browser works out its own visit flags from its own storage (`lib/visitStore.ts`; keys
 * documented there and in `lib/browserStorage.ts`); the server only adds them to per-day
 * counters. A visit spans tabs and ends after 30 minutes without a page view.
 * Nothing is sent under Global Privacy Control, Do Not Track or the portal's opt-out.
 * Importing this module counts the page view once; course pages import `trackModuleEvent`
 * from it. Budget: 2 KB gzip for the minified bundle (`npm run bench`), so it imports only small
 * modules; the module page as a whole stays within 12 KB of JavaScript.
 */
import {
  type BeaconBody,
  type BeaconEvent,
  buildBeacon,
  isTrackingRefused,
  type PrivacySignals,
  readCampaignParam,
} from '../lib/buildBeacon';
import {
  computeVisitFlags,
  getCampaignSource,
  isAnalyticsOptedOut,
  noVisitFlags,
  setCampaignSource,
} from '../lib/visitStore';

// Shared through the global symbol registry (a symbol, not a storage key), so a second
// bundled copy of this module (two scripts importing it) still counts the page view only once.
const PAGEVIEW_SENT = Symbol.for('sin.pageview');

function privacySignals(): PrivacySignals {
  return {
    globalPrivacyControl: (navigator as { globalPrivacyControl?: unknown }).globalPrivacyControl,
    doNotTrack: navigator.doNotTrack,
    optedOut: isAnalyticsOptedOut(),
  };
}

function send(body: BeaconBody | null): void {
  if (!body) return;
  const json = JSON.stringify(body);
  try {
    // text/plain: no CORS preflight, and it survives the page being closed.
    if (navigator.sendBeacon?.('/beacon', json)) return;
  } catch {
    // Some browsers throw instead of returning false; fall through to fetch.
  }
  fetch('/beacon', {
    method: 'POST',
    body: json,
    keepalive: true,
    headers: { 'content-type': 'application/json' },
    credentials: 'omit',
  }).catch(() => {});
}

/** Counts this page view (once per page load). */
function trackPageview(): void {
  const flagHolder = window as unknown as Record<symbol, boolean>;
  if (flagHolder[PAGEVIEW_SENT]) return;
  flagHolder[PAGEVIEW_SENT] = true;

  // The campaign code leaves the address bar even when nothing is counted, so a shared or
  // bookmarked link never carries it.
  const campaign = readCampaignParam(location.href);
  if (campaign.cleanUrl) history.replaceState(history.state, '', campaign.cleanUrl);

  const route = document.documentElement.dataset.route;
  const privacy = privacySignals();
  // Checked before touching storage: a refusing visitor's visit markers stay unwritten.
  if (!route || isTrackingRefused(privacy)) return;
  // Flags first: a new visit forgets the previous visit's campaign code, then this page's is kept.
  const flags = computeVisitFlags(Date.now());
  if (campaign.code) setCampaignSource(campaign.code);

  send(
    buildBeacon({
      route,
      event: 'pageview',
      flags,
      // Just remembered when this page brought a code, so this reads that one back.
      source: getCampaignSource(),
      landing: !!campaign.code,
      referrer: document.referrer,
      origin: location.origin,
      privacy,
    }),
  );
}

/**
 * Counts the start or finish of a course module. Carries the visit's campaign source, never
 * an answer or anything typed by the visitor.
 */
export function trackModuleEvent(moduleNumber: number, event: Exclude<BeaconEvent, 'pageview'>): void {
  send(
    buildBeacon({
      route: `module:${moduleNumber}`,
      event,
      flags: noVisitFlags(),
      source: getCampaignSource(),
      landing: false,
      referrer: '',
      origin: location.origin,
      privacy: privacySignals(),
    }),
  );
}

trackPageview();
