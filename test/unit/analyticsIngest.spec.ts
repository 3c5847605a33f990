import { describe, expect, test } from 'vitest';
import {
  type AnalyticsRegistry,
  dropBots,
  isBotUserAgent,
  isDropped,
  parseBody,
  runIngest,
  validateShape,
} from '../../cms/analytics/ingest';

const registry: AnalyticsRegistry = {
  hasRoute: (key) =>
    ['home', 'course', 'plan', 'page:zorgen-over-kijken', 'group:online'].includes(key) ||
    /^module:(?:[1-9]|1[0-7])$/.test(key),
  hasSource: (code) => ['ph-banner', 'poster-wc', 'meta'].includes(code),
};
const DAY = '2024-11-05';
const BROWSER_UA =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';

const pageview = {
  route: 'module:6',
  event: 'pageview',
  newVisit: false,
  firstToday: false,
  returning: false,
};

/** Sends `body` as JSON, from a browser unless another user agent is given. */
function ingest(body: unknown, ...userAgent: [] | [string | undefined]) {
  const raw = JSON.stringify(body);
  return runIngest({ raw, userAgent: userAgent.length ? userAgent[0] : BROWSER_UA, registry, day: DAY });
}

function reasonOf(body: unknown, ...userAgent: [] | [string | undefined]) {
  const result = ingest(body, ...userAgent);
  return result.ok ? 'accepted' : result.reason;
}

describe('runIngest', () => {
  test('rejects a body over 1,024 bytes with 413', () => {
    const raw = JSON.stringify({ ...pageview, route: 'home' }).padEnd(1025, ' ');
    expect(runIngest({ raw, userAgent: BROWSER_UA, registry, day: DAY })).toEqual({
      ok: false,
      reason: 'body-too-large',
      status: 413,
      silent: false,
    });
  });

  test('counts bytes, not characters, against the size cap', () => {
    // 400 × "é" is 400 characters but 800 bytes; with the rest it passes 1,024 bytes.
    const raw = JSON.stringify({ ...pageview, route: `page:${'é'.repeat(400)}`, pad: 'x'.repeat(200) });
    expect(raw.length).toBeLessThanOrEqual(1024);
    expect(runIngest({ raw, userAgent: BROWSER_UA, registry, day: DAY })).toMatchObject({
      reason: 'body-too-large',
    });
    expect(
      runIngest({ raw: Buffer.from(raw), userAgent: BROWSER_UA, registry, day: DAY }),
    ).toMatchObject({ reason: 'body-too-large' });
  });

  test('accepts a body of exactly 1,024 bytes as far as size goes', () => {
    const raw = JSON.stringify(pageview).padEnd(1024, ' ');
    expect(runIngest({ raw, userAgent: BROWSER_UA, registry, day: DAY }).ok).toBe(true);
  });

  test('rejects malformed JSON with 400', () => {
    for (const raw of ['', '{', '{"route":"home",}', 'route=home', '\u0000', "{'route':'home'}"]) {
      expect(runIngest({ raw, userAgent: BROWSER_UA, registry, day: DAY })).toEqual({
        ok: false,
        reason: 'malformed-json',
        status: 400,
        silent: false,
      });
    }
  });

  test('rejects an extra property with 422', () => {
    expect(ingest({ ...pageview, userId: 'abc' })).toEqual({
      ok: false,
      reason: 'invalid-shape',
      status: 422,
      silent: false,
    });
    expect(reasonOf({ ...pageview, ip: '1.2.3.4' })).toBe('invalid-shape');
    expect(reasonOf(JSON.parse(`{"route":"home","event":"pageview","newVisit":true,"firstToday":true,"returning":false,"__proto__":{"x":1}}`))).toBe('invalid-shape');
  });

  test('rejects wrong types, missing flags, nulls and non-objects', () => {
    const bodies: unknown[] = [
      { ...pageview, newVisit: 'true' },
      { ...pageview, firstToday: 1 },
      { ...pageview, returning: null },
      { ...pageview, route: 6 },
      { ...pageview, event: 'click' },
      { ...pageview, source: null },
      { ...pageview, landing: 'yes' },
      { ...pageview, referrer: ['a.nl'] },
      { route: 'home', event: 'pageview', newVisit: true, firstToday: true },
      [pageview],
      null,
      42,
      'home',
    ];
    for (const body of bodies) expect(reasonOf(body), JSON.stringify(body)).toBe('invalid-shape');
  });

  test('rejects a module event on a route that is not a module', () => {
    expect(reasonOf({ ...pageview, route: 'home', event: 'moduleStart' })).toBe('invalid-shape');
    expect(reasonOf({ ...pageview, route: 'page:module-6', event: 'moduleFinish' })).toBe('invalid-shape');
  });

  test('rejects referrers that are not a bare lower-case host', () => {
    for (const referrer of [
      'https://example.com',
      'example.com/path',
      'Example.com',
      'example.com:8080',
      '[::1]',
      'a'.repeat(101),
      '',
    ]) {
      expect(reasonOf({ ...pageview, newVisit: true, referrer }), referrer).toBe('invalid-shape');
    }
  });

  test('rejects injection strings in route and source', () => {
    const hostile = [
      'module:6<script>alert(1)</script>',
      "page:x' OR '1'='1",
      'page:../../etc/passwd',
      'page:x\nSet-Cookie: a=b',
      'home ',
      'HOME',
      'module:6; DROP TABLE counters',
      'page:$where',
      'page:__proto__',
      'module:06',
      'module:0',
      'group:',
      'https://evil.example/',
    ];
    for (const route of hostile) expect(reasonOf({ ...pageview, route }), route).toBe('invalid-shape');
    for (const source of ['<svg onload=x>', 'PH-BANNER', 'a b', '', 'x'.repeat(33), 'ph_banner', '{"$gt":""}']) {
      expect(reasonOf({ ...pageview, source }), source).toBe('invalid-shape');
    }
  });

  test('drops the event when the route is unknown', () => {
    expect(ingest({ ...pageview, route: 'page:bestaat-niet' })).toEqual({
      ok: false,
      reason: 'unknown-route',
      status: 422,
      silent: false,
    });
    expect(reasonOf({ ...pageview, route: 'module:18' })).toBe('unknown-route');
    expect(reasonOf({ ...pageview, route: 'privacy' })).toBe('unknown-route');
  });

  test('drops the event when the campaign source is unknown', () => {
    expect(ingest({ ...pageview, source: 'verlopen-actie', landing: true })).toEqual({
      ok: false,
      reason: 'unknown-source',
      status: 422,
      silent: false,
    });
    expect(reasonOf({ ...pageview, route: 'module:2', event: 'moduleStart', source: 'constructor' })).toBe(
      'unknown-source',
    );
  });

  test('answers bots with a silent 204 and counts nothing', () => {
    expect(ingest(pageview, 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)')).toEqual({
      ok: false,
      reason: 'bot',
      status: 204,
      silent: true,
    });
  });

  test('treats a missing or blank user agent as a bot', () => {
    expect(reasonOf(pageview, undefined)).toBe('bot');
    expect(reasonOf(pageview, '')).toBe('bot');
    expect(reasonOf(pageview, '   ')).toBe('bot');
  });

  test('answers a beacon sent under Do Not Track or GPC with a silent 204', () => {
    const raw = JSON.stringify(pageview);
    const base = { raw, userAgent: BROWSER_UA, registry, day: DAY };
    expect(runIngest({ ...base, privacyHeaders: { dnt: '1' } })).toEqual({
      ok: false,
      reason: 'do-not-track',
      status: 204,
      silent: true,
    });
    expect(runIngest({ ...base, privacyHeaders: { secGpc: '1' } })).toMatchObject({ reason: 'do-not-track' });
    expect(runIngest({ ...base, privacyHeaders: { dnt: '0' } }).ok).toBe(true);
  });

  test('counts a first page view of a returning visitor with landing source and referrer', () => {
    const result = ingest({
      route: 'page:zorgen-over-kijken',
      event: 'pageview',
      newVisit: true,
      firstToday: true,
      returning: true,
      source: 'ph-banner',
      landing: true,
      referrer: 'www.example.com',
    });
    expect(result).toEqual({
      ok: true,
      increments: [
        { day: DAY, metric: 'pageviews', key: 'page:zorgen-over-kijken', count: 1 },
        { day: DAY, metric: 'visits', key: '', count: 1 },
        { day: DAY, metric: 'returningVisits', key: '', count: 1 },
        // Stored as the site name: the registrable domain (keepPublicReferrer).
        { day: DAY, metric: 'referrers', key: 'example.com', count: 1 },
        { day: DAY, metric: 'visitors', key: '', count: 1 },
        { day: DAY, metric: 'sourceVisits', key: 'ph-banner', count: 1 },
      ],
    });
  });

  test('counts only the page view on a later page of the same visit', () => {
    // Source kept for the visit but not landing; referrer ignored when the visit is not new.
    const result = ingest({ ...pageview, source: 'ph-banner', referrer: 'example.com' });
    expect(result).toEqual({
      ok: true,
      increments: [{ day: DAY, metric: 'pageviews', key: 'module:6', count: 1 }],
    });
  });

  test('counts a first-ever visit as a visit and a visitor, not as returning', () => {
    const result = ingest({ ...pageview, route: 'home', newVisit: true, firstToday: true });
    expect(result).toEqual({
      ok: true,
      increments: [
        { day: DAY, metric: 'pageviews', key: 'home', count: 1 },
        { day: DAY, metric: 'visits', key: '', count: 1 },
        { day: DAY, metric: 'visitors', key: '', count: 1 },
      ],
    });
  });

  test('counts a second visit the same day as a returning visit without a second visitor', () => {
    const result = ingest({ ...pageview, route: 'home', newVisit: true, returning: true });
    expect(result).toEqual({
      ok: true,
      increments: [
        { day: DAY, metric: 'pageviews', key: 'home', count: 1 },
        { day: DAY, metric: 'visits', key: '', count: 1 },
        { day: DAY, metric: 'returningVisits', key: '', count: 1 },
      ],
    });
  });

  test('counts the period flags of a first returning visit in a new year', () => {
    const flags = { newVisit: true, firstToday: true, returning: true, firstThisMonth: true, firstThisYear: true, firstReturningThisYear: true };
    const result = ingest({ ...pageview, route: 'home', ...flags });
    expect(result).toEqual({
      ok: true,
      increments: [
        { day: DAY, metric: 'pageviews', key: 'home', count: 1 },
        { day: DAY, metric: 'visits', key: '', count: 1 },
        { day: DAY, metric: 'returningVisits', key: '', count: 1 },
        { day: DAY, metric: 'visitors', key: '', count: 1 },
        { day: DAY, metric: 'monthVisitors', key: '', count: 1 },
        { day: DAY, metric: 'yearVisitors', key: '', count: 1 },
        { day: DAY, metric: 'yearReturningVisitors', key: '', count: 1 },
      ],
    });
  });

  test('counts a page loaded before the period flags existed as before', () => {
    // `pageview` has no period flags: a tab opened before the change still counts its visit.
    expect(ingest({ ...pageview, newVisit: true, firstToday: true })).toMatchObject({ ok: true, increments: { length: 3 } });
  });

  test('rejects period flags that cannot come from one browser', () => {
    const visit = { ...pageview, newVisit: true, firstToday: true, returning: true };
    for (const impossible of [
      { ...visit, firstThisYear: true }, // first of the year, not of the month
      { ...visit, firstToday: false, firstThisMonth: true }, // first of the month, not of the day
      { ...visit, newVisit: false, firstThisMonth: true }, // first of the month inside a running visit
      { ...visit, returning: false, firstReturningThisYear: true },
      { ...visit, newVisit: false, firstToday: false, firstReturningThisYear: true },
      { ...visit, firstThisMonth: null },
      { ...visit, firstThisYear: 'true' },
    ]) {
      expect(reasonOf(impossible)).toBe('invalid-shape');
    }
    expect(reasonOf({ ...visit, firstThisMonth: true, firstThisYear: true, firstReturningThisYear: true })).toBe('accepted');
  });

  test('counts a module start with its campaign source and no visit flags', () => {
    const result = ingest({
      route: 'module:10',
      event: 'moduleStart',
      newVisit: true,
      firstToday: true,
      returning: true,
      source: 'poster-wc',
      referrer: 'example.com',
    });
    expect(result).toEqual({
      ok: true,
      increments: [
        { day: DAY, metric: 'moduleStarts', key: '10', count: 1 },
        { day: DAY, metric: 'sourceModuleStarts', key: 'poster-wc', count: 1 },
      ],
    });
  });

  test('counts a module finish without its source', () => {
    const result = ingest({ ...pageview, route: 'module:17', event: 'moduleFinish', source: 'meta' });
    expect(result).toEqual({
      ok: true,
      increments: [{ day: DAY, metric: 'moduleFinishes', key: '17', count: 1 }],
    });
  });

  test('never throws and never counts an invalid body in 2,000 hostile bodies', () => {
    let seed = 20240501;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
    const values: unknown[] = [
      'home', 'module:6', 'module:99', 'page:zorgen-over-kijken', 'ph-banner', 'example.com',
      'pageview', 'moduleStart', 'moduleFinish', true, false, 0, -1, 1e308, null, '', [], {},
      '<script>', '\u0000', 'é'.repeat(30), { $gt: '' }, 'x'.repeat(600),
    ];
    const keys = ['route', 'event', 'newVisit', 'firstToday', 'returning', 'source', 'landing', 'referrer', '__proto__', 'constructor', 'ip'];
    const texts = ['{', '}', '[', ']', '"', ':', ',', 'true', 'null', '1', '\\u0000', '"route"', ' '];
    const userAgents = [BROWSER_UA, undefined, '', 'curl/8.0', 'Mozilla/5.0 HeadlessChrome'];
    let accepted = 0;

    for (let i = 0; i < 2000; i++) {
      const kind = random();
      let raw: string | Buffer;
      if (kind < 0.5) {
        const body: Record<string, unknown> = { ...pageview };
        const mutations = Math.floor(random() * 3);
        for (let m = 0; m < mutations; m++) {
          if (random() < 0.3) delete body[pick(keys)];
          else body[pick(keys)] = pick(values);
        }
        raw = JSON.stringify(body);
      } else if (kind < 0.8) {
        raw = Array.from({ length: Math.floor(random() * 40) }, () => pick(texts)).join('');
      } else {
        raw = Buffer.from(Array.from({ length: Math.floor(random() * 1100) }, () => Math.floor(random() * 256)));
      }
      const userAgent = pick(userAgents);

      let result: ReturnType<typeof runIngest> | undefined;
      expect(() => {
        result = runIngest({ raw, userAgent, registry, day: DAY });
      }).not.toThrow();

      // The oracle: only a body that passes every step on its own may yield increments.
      const parsed = parseBody(raw);
      const shaped = isDropped(parsed) ? parsed : validateShape(parsed);
      const valid =
        !isDropped(shaped) &&
        !isBotUserAgent(userAgent) &&
        registry.hasRoute(shaped.route) &&
        (shaped.source === undefined || registry.hasSource(shaped.source));
      expect(result?.ok, String(raw)).toBe(valid);
      if (result?.ok) {
        accepted++;
        expect(result.increments.length).toBeGreaterThan(0);
        for (const increment of result.increments) expect(increment.count).toBe(1);
      }
    }
    // The generator must also produce valid bodies, or the loop proves nothing about them.
    expect(accepted).toBeGreaterThan(50);
  });
});

describe('dropBots', () => {
  test('drops common crawlers, headless browsers, monitors, libraries and preview fetchers', () => {
    const bots = [
      'Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)',
      'Mozilla/5.0 (compatible; Yahoo! Slurp; http://help.yahoo.com/help/us/ysearch/slurp)',
      'Baiduspider+(+http://www.baidu.com/search/spider.htm)',
      'CCBot/2.0 (https://commoncrawl.org/faq/)',
      'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/120.0.0.0 Safari/537.36',
      'Mozilla/5.0 (Linux; Android 11; moto g power (2022)) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/119.0.0.0 Mobile Safari/537.36 Chrome-Lighthouse',
      'Pingdom.com_bot_version_1.4_(http://www.pingdom.com/)',
      'curl/8.5.0',
      'Wget/1.21.4',
      'python-requests/2.31.0',
      'Go-http-client/2.0',
      'Java/17.0.2',
      'node-fetch/1.0 (+https://github.com/bitinn/node-fetch)',
      'axios/1.6.7',
      'facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)',
      'WhatsApp/2.23.20.0',
      'TelegramBot (like TwitterBot)',
      'Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)',
      'Mozilla/5.0 (compatible; Discordbot/2.0; +https://discordapp.com)',
      'LinkedInBot/1.0 (compatible; Mozilla/5.0; Apache-HttpClient +http://www.linkedin.com)',
      'Twitterbot/1.0',
    ];
    for (const userAgent of bots) {
      const result = dropBots(userAgent)(pageview);
      expect(isDropped(result) && result.reason, userAgent).toBe('bot');
    }
  });

  test('passes ordinary browsers through unchanged', () => {
    const browsers = [
      BROWSER_UA,
      'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1',
      'Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0',
      'Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36',
    ];
    for (const userAgent of browsers) expect(dropBots(userAgent)(pageview)).toBe(pageview);
  });
});

describe('isDropped', () => {
  test('does not mistake parsed visitor data that looks like a drop for a decision', () => {
    const parsed = parseBody('{"reason":"bot"}');
    expect(parsed).toEqual({ json: { reason: 'bot' } });
    expect(isDropped(parsed)).toBe(false);
    expect(isDropped(JSON.parse('{"reason":"bot"}'))).toBe(false);
    expect(isDropped(parseBody('{'))).toBe(true);
  });
});
