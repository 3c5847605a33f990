import { describe, expect, test } from 'vitest';
import { keepPublicReferrer, publicSiteName, runIngest } from '../../cms/analytics/ingest';

describe('publicSiteName', () => {
  test('stores IP literals and personal-looking or internal hosts as "other"', () => {
    for (const host of ['192.168.1.1', '10.0.0.1', 'localhost', 'intranet', 'router.local', 'nas.home.arpa', 'my.router', 'foo.invalid', 'co.uk']) {
      expect(publicSiteName(host), host).toBe('other');
    }
  });

  test('keeps only the registrable domain of a public site name', () => {
    expect(publicSiteName('jan.jansen.gmail.com')).toBe('gmail.com');
    expect(publicSiteName('www.nu.nl')).toBe('nu.nl');
    expect(publicSiteName('m.facebook.com')).toBe('facebook.com');
    expect(publicSiteName('www.bbc.co.uk')).toBe('bbc.co.uk');
    // Private suffixes (github.io) do not make a sub-label a site name of its own.
    expect(publicSiteName('jan.github.io')).toBe('github.io');
  });
});

describe('keepPublicReferrer', () => {
  test('is a pipeline step: the stored referrer key is the site name', () => {
    const registry = { hasRoute: () => true, hasSource: () => true };
    const beacon = { route: 'home', event: 'pageview', newVisit: true, firstToday: false, returning: false };
    const keyOf = (referrer: string) => {
      const result = runIngest({ raw: JSON.stringify({ ...beacon, referrer }), userAgent: 'Mozilla/5.0 Firefox/130.0', registry, day: '2026-11-29' });
      return result.ok ? result.increments.find((i) => i.metric === 'referrers')?.key : result.reason;
    };
    expect(keyOf('192.168.1.1')).toBe('other');
    expect(keyOf('jan.jansen.gmail.com')).toBe('gmail.com');
    expect(keyOf('www.duckduckgo.com')).toBe('duckduckgo.com');
    expect(keepPublicReferrer({ ...beacon, event: 'pageview' } as never)).toEqual(beacon);
  });
});
