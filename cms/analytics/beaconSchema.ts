/**
 * The analytics beacon: the only input of `POST /beacon`, validated by this one schema.
 *
 * The portal counts visits without any identifier. The browser decides the visit flags
 * (from its own sessionStorage/localStorage) and the server only adds them to per-day
 * counters. No IP address, user agent, cookie or per-visit row is ever stored or logged.
 *
 * Contract
 * --------
 * `POST /beacon`, sent by `navigator.sendBeacon` (Content-Type text/plain) or by
 * `fetch(..., { keepalive: true })` (Content-Type application/json). The body is JSON of
 * at most 1,024 bytes (UTF-8):
 *
 *   {
 *     "route": "module:6",      // route key, not a URL (see ROUTE_KEY_PATTERN)
 *     "event": "pageview",      // "pageview" | "moduleStart" | "moduleFinish"
 *     "newVisit": true,         // first page view of a visit (30 minutes without a page view end one)
 *     "firstToday": true,       // this browser's first page view today
 *     "returning": false,       // this browser was first counted on an earlier day
 *     "firstThisMonth": true,   // this browser's first page view this calendar month
 *     "firstThisYear": true,    // this browser's first page view this calendar year
 *     "firstReturningThisYear": false, // this browser's first returning visit this year
 *     "source": "ph-banner",    // optional campaign source code, kept for the whole visit
 *     "landing": true,          // optional: the source was just read from the URL (?bron=)
 *     "referrer": "example.com" // optional: another site's host only, lower-case
 *   }
 *
 * - Route keys: "home", "course", "plan", "privacy", "groups", "contact", "ended", "notfound",
 *   "group:<slug>", "page:<slug>", "module:<n>". The schema checks the shape; whether the
 *   key exists is decided by the registry step (`checkKnownRoute`).
 * - `moduleStart` and `moduleFinish` need route "module:<n>". Their visit flags are
 *   required by the shape but never counted.
 * - Source codes match /^[a-z0-9-]{1,32}$/; whether the code exists is `checkKnownSource`.
 * - Days, months and years are calendar periods in Europe/Amsterdam; the browser decides the
 *   flags from what it keeps itself (`site/lib/visitStore.ts`), the server counts them on the
 *   day the beacon arrives.
 * - The three period flags are optional (false when left out): a page loaded before they
 *   existed still counts its visit. When present they must fit together: a first page view
 *   of the year is also the first of the month, of the day and of a visit; a first returning
 *   visit of the year is a returning new visit.
 * - Unknown properties, `null` values and wrong types are rejected (strict object).
 *
 * Answers: 204 when accepted (or silently ignored: bots, Do Not Track), 400 malformed JSON,
 * 413 body over 1,024 bytes, 422 invalid shape / unknown route / unknown source.
 */
import { z } from 'zod';

/** Largest accepted body in bytes; a real beacon is about 200. */
export const BEACON_MAX_BYTES = 1024;

const SLUG = '[a-z0-9-]{1,80}';

/** Shape of a route key. Module numbers are 1–99 here; the registry knows which exist. */
export const ROUTE_KEY_PATTERN = new RegExp(
  `^(?:home|course|plan|privacy|groups|contact|ended|notfound|module:[1-9][0-9]?|group:${SLUG}|page:${SLUG})$`,
);

/** Route keys that module events may carry. */
export const MODULE_ROUTE_PATTERN = /^module:([1-9][0-9]?)$/;

/** Campaign source code as printed in `?bron=` links and QR codes. */
export const SOURCE_CODE_PATTERN = /^[a-z0-9-]{1,32}$/;

/** A lower-case DNS host name (punycode for international names), no port, no IP literal. */
export const REFERRER_HOST_PATTERN =
  /^(?=.{1,100}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/;

export const BEACON_EVENTS = ['pageview', 'moduleStart', 'moduleFinish'] as const;

export const beaconSchema = z
  .strictObject({
    route: z.string().max(100).regex(ROUTE_KEY_PATTERN),
    event: z.enum(BEACON_EVENTS),
    newVisit: z.boolean(),
    firstToday: z.boolean(),
    returning: z.boolean(),
    firstThisMonth: z.boolean().default(false),
    firstThisYear: z.boolean().default(false),
    firstReturningThisYear: z.boolean().default(false),
    source: z.string().max(32).regex(SOURCE_CODE_PATTERN).optional(),
    landing: z.boolean().optional(),
    referrer: z.string().max(100).regex(REFERRER_HOST_PATTERN).optional(),
  })
  .refine((beacon) => beacon.event === 'pageview' || MODULE_ROUTE_PATTERN.test(beacon.route), {
    message: 'Module events need a "module:<n>" route.',
    path: ['route'],
  })
  .refine((b) => !b.firstThisMonth || (b.firstToday && b.newVisit), {
    message: 'A first page view of the month is also the first of the day and of a visit.',
    path: ['firstThisMonth'],
  })
  .refine((b) => !b.firstThisYear || b.firstThisMonth, {
    message: 'A first page view of the year is also the first of the month.',
    path: ['firstThisYear'],
  })
  .refine((b) => !b.firstReturningThisYear || (b.returning && b.newVisit), {
    message: 'A first returning visit of the year is a returning new visit.',
    path: ['firstReturningThisYear'],
  });

/** A beacon as accepted (the optional flags filled in as false). */
export type Beacon = z.output<typeof beaconSchema>;
export type BeaconEvent = Beacon['event'];
