import { describe, expect, test } from 'vitest';
import { beaconSchema } from '../../cms/analytics/beaconSchema';
import {
  type BeaconInput,
  buildBeacon,
  isTrackingRefused,
  readCampaignParam,
} from '../../site/lib/buildBeacon';

const ORIGIN = 'https://www.stopitnow.nl';
const ALLOWED_KEYS = ['route', 'event', 'newVisit', 'firstToday', 'returning', 'firstThisMonth', 'firstThisYear', 'firstReturningThisYear', 'source', 'landing', 'referrer'];
const NO_PERIOD_FLAGS = { firstThisMonth: false, firstThisYear: false, firstReturningThisYear: false };

const input = (overrides: Partial<BeaconInput> = {}): BeaconInput => ({
  route: 'module:6',
  event: 'pageview',
  flags: { newVisit: true, firstToday: true, returning: false, firstThisMonth: true, firstThisYear: false, firstReturningThisYear: false },
  source: null,
  landing: false,
  referrer: '',
  origin: ORIGIN,
  privacy: { globalPrivacyControl: undefined, doNotTrack: null, optedOut: false },
  ...overrides,
});

describe('buildBeacon', () => {
  test('builds a body with only the allowed keys, which the server schema accepts', () => {
    const body = buildBeacon(
      input({ source: 'ph-banner', landing: true, referrer: 'https://www.example.com/zoek?q=hulp#x' }),
    );
    expect(body).toEqual({
      route: 'module:6',
      event: 'pageview',
      newVisit: true,
      firstToday: true,
      returning: false,
      firstThisMonth: true,
      firstThisYear: false,
      firstReturningThisYear: false,
      source: 'ph-banner',
      landing: true,
      referrer: 'www.example.com',
    });
    for (const key of Object.keys(body ?? {})) expect(ALLOWED_KEYS).toContain(key);
    expect(beaconSchema.safeParse(body).success).toBe(true);
  });

  test('leaves the source and landing out when the visit has no source', () => {
    const body = buildBeacon(input({ landing: true }));
    expect(body).not.toHaveProperty('source');
    expect(body).not.toHaveProperty('landing');
    expect(beaconSchema.safeParse(body).success).toBe(true);
  });

  test('marks landing only on the page view where the source was just read', () => {
    expect(buildBeacon(input({ source: 'ph-banner', landing: false }))).not.toHaveProperty('landing');
    expect(buildBeacon(input({ source: 'ph-banner', landing: true }))?.landing).toBe(true);
    expect(
      buildBeacon(input({ route: 'module:6', event: 'moduleStart', source: 'ph-banner', landing: true })),
    ).not.toHaveProperty('landing');
  });

  test('leaves out a stored source that is not a valid code', () => {
    expect(buildBeacon(input({ source: 'PH banner<x>' }))).not.toHaveProperty('source');
  });

  test('sends only the host of a referrer from another site', () => {
    const hostOf = (referrer: string) => buildBeacon(input({ referrer }))?.referrer;
    expect(hostOf('https://Zoek.Example.COM:8443/pad/naar?q=geheim')).toBe('zoek.example.com');
    expect(hostOf('http://example.org/')).toBe('example.org');
  });

  test('sends no referrer for the own site, non-web schemes, garbage or no referrer', () => {
    const hostOf = (referrer: string) => buildBeacon(input({ referrer }))?.referrer;
    expect(hostOf('https://www.stopitnow.nl/zelfhulp')).toBeUndefined();
    expect(hostOf('http://www.stopitnow.nl/')).toBeUndefined();
    expect(hostOf('android-app://com.google.android.gm/')).toBeUndefined();
    expect(hostOf('http://[::1]/')).toBeUndefined();
    expect(hostOf('not a url')).toBeUndefined();
    expect(hostOf('')).toBeUndefined();
  });

  test('sends the referrer only on the first page view of a visit', () => {
    const body = buildBeacon(
      input({ referrer: 'https://example.com/', flags: { newVisit: false, firstToday: false, returning: true, ...NO_PERIOD_FLAGS } }),
    );
    expect(body).not.toHaveProperty('referrer');
  });

  test('returns null under Global Privacy Control, Do Not Track or the opt-out', () => {
    const refusing = [
      { globalPrivacyControl: true, doNotTrack: null, optedOut: false },
      { globalPrivacyControl: undefined, doNotTrack: '1', optedOut: false },
      { globalPrivacyControl: false, doNotTrack: 'unspecified', optedOut: true },
    ];
    for (const privacy of refusing) {
      expect(isTrackingRefused(privacy)).toBe(true);
      expect(buildBeacon(input({ privacy }))).toBeNull();
      expect(buildBeacon(input({ privacy, event: 'moduleFinish' }))).toBeNull();
    }
    expect(isTrackingRefused({ globalPrivacyControl: false, doNotTrack: '0', optedOut: false })).toBe(false);
  });

  test('returns null without a route or with an impossible one', () => {
    expect(buildBeacon(input({ route: undefined }))).toBeNull();
    expect(buildBeacon(input({ route: '' }))).toBeNull();
    expect(buildBeacon(input({ route: `page:${'x'.repeat(100)}` }))).toBeNull();
  });

  test('builds module events with false visit flags, the source and nothing else', () => {
    const body = buildBeacon(
      input({ event: 'moduleStart', source: 'meta', referrer: 'https://example.com/' }),
    );
    expect(body).toEqual({
      route: 'module:6',
      event: 'moduleStart',
      newVisit: false,
      firstToday: false,
      returning: false,
      ...NO_PERIOD_FLAGS,
      source: 'meta',
    });
    expect(beaconSchema.safeParse(body).success).toBe(true);
  });

  test('returns null for a module event whose route is not a module', () => {
    expect(buildBeacon(input({ route: 'home', event: 'moduleFinish' }))).toBeNull();
    expect(buildBeacon(input({ route: 'module:6.5', event: 'moduleStart' }))).toBeNull();
    expect(buildBeacon(input({ route: 'module:NaN', event: 'moduleStart' }))).toBeNull();
  });
});

describe('readCampaignParam', () => {
  test('reads the code and removes only bron, keeping other parameters and the hash', () => {
    expect(readCampaignParam('https://www.stopitnow.nl/hulp?x=1&bron=PH-Banner&y=2#bellen')).toEqual({
      code: 'ph-banner',
      cleanUrl: '/hulp?x=1&y=2#bellen',
    });
    expect(readCampaignParam('https://www.stopitnow.nl/?bron=poster-wc')).toEqual({
      code: 'poster-wc',
      cleanUrl: '/',
    });
  });

  test('removes an invalid code from the address without using it', () => {
    expect(readCampaignParam('https://www.stopitnow.nl/hulp?bron=%3Cscript%3E')).toEqual({
      code: null,
      cleanUrl: '/hulp',
    });
  });

  test('leaves the address alone when there is no bron parameter', () => {
    expect(readCampaignParam('https://www.stopitnow.nl/hulp?x=1')).toEqual({ code: null, cleanUrl: null });
  });
});
