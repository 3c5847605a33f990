import fc from 'fast-check';

/** One generated request. `chunks` set: sent with chunked transfer encoding, piece by piece. */
export interface FuzzRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: Buffer;
  chunks?: Buffer[];
}

// Pieces that broke parsers, routers and redirects somewhere: traversal, encodings that do not
// decode, control characters, separators, prototype keys, oversize and odd Unicode.
const TRICKY = [
  '..',
  '.',
  '%2e%2e',
  '%2f',
  '%5c',
  '\\',
  '//',
  '%00',
  '%0d%0a',
  '%09',
  '%C0',
  '%C0%AF',
  '%E2%82',
  '%FF',
  '%',
  '%25',
  '%%',
  '__proto__',
  'constructor',
  'prototype',
  '%F0%9F%98%80',
  '%EF%BB%BF',
  'EVIL.example',
  'ÄÖÜ',
  '<script>',
  "'",
  '"',
  ';',
  '|',
  '$(id)',
  '{{7*7}}',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template-injection probe, sent as text
  '${7*7}',
  'null',
  'undefined',
  'NaN',
  '-1',
  '0',
  '99999999999999999999',
  '1e308',
  'x'.repeat(3000),
];

const segment = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...TRICKY) },
  { weight: 2, arbitrary: fc.stringMatching(/^[a-zA-Z0-9._~-]{1,24}$/) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }).map((s) => encodeURIComponent(s)) },
  { weight: 1, arbitrary: fc.uint8Array({ minLength: 1, maxLength: 6 }).map((bytes) => [...bytes].map((b) => `%${b.toString(16).padStart(2, '0')}`).join('')) },
);

/** Every public route family of the portal, as a path prefix. */
const PREFIXES = [
  '/',
  '/zelfhulp/',
  '/zelfhulp/triggers',
  '/zelfhulp/mijn-plan',
  '/lotgenotengroepen/',
  '/lotgenotengroepen/amsterdam-voorjaar',
  '/lotgenotengroepen/bevestigen',
  '/lotgenotengroepen/afmelden',
  '/lotgenotengroepen/plek-aannemen',
  '/k/',
  '/k/poster-utrecht',
  '/stop-kindermisbruik',
  '/hulp-bij-kijkgedrag',
  '/privacy',
  '/beacon',
  '/healthz',
  '/_astro/',
  '/favicon.svg',
  '/api/',
  '/api/pages',
  '/api/pages/',
  '/api/modules',
  '/api/groups',
  '/api/registrations',
  '/api/users/',
  '/api/users/login',
  '/api/users/forgot-password',
  '/api/users/reset-password',
  '/api/globals/site-settings',
  '/api/globals/',
  '/api/graphql',
  '/api/media/file/',
  '/api/payload-preferences/',
  '/api/payload-locked-documents',
  '/api/payload-jobs/run',
  '/admin/reset/',
];

const queryValue = fc.oneof(fc.constantFrom(...TRICKY), fc.string({ maxLength: 40 }).map(encodeURIComponent), fc.integer().map(String));
const queryKey = fc.oneof(
  fc.constantFrom('preview', 'token', 'bron', 'page', 'limit', 'depth', 'sort', 'draft', 'locale', 'pagination', 'select[title]', 'populate[x]', 'where[path][equals]', 'where[or][0][and][0][title][like]', 'where[id][in][]', 'where[__proto__][equals]', 'where[title][exists]', 'where[createdAt][greater_than]', 'query', '__proto__[x]', 'a[b][c][d][e][f][g]'),
  fc.stringMatching(/^[a-z]{1,8}$/),
);
const query = fc.array(fc.tuple(queryKey, queryValue), { maxLength: 5 }).map((pairs) => (pairs.length ? `?${pairs.map(([k, v]) => `${k}=${v}`).join('&')}` : ''));

const path = fc
  .tuple(fc.constantFrom(...PREFIXES), fc.array(segment, { maxLength: 3 }), query)
  .map(([prefix, parts, q]) => `${prefix}${parts.join('/')}${q}`.slice(0, 8000))
  .filter((p) => p.startsWith('/'));

/** Deep, wide, prototype-polluting and wrong-type JSON. */
const hostileJson = fc.oneof(
  fc.jsonValue({ maxDepth: 4 }),
  fc.constantFrom(
    '{"__proto__":{"polluted":true}}',
    '{"constructor":{"prototype":{"polluted":true}}}',
    `${'['.repeat(5000)}${']'.repeat(5000)}`,
    `{"a":${'{"a":'.repeat(2000)}1${'}'.repeat(2000)}}`,
    '{"query":"{ __schema { types { name fields { name } } } }"}',
    `{"query":"{ ${Array.from({ length: 160 }, (_, i) => `a${i}: Modules(limit: 100) { docs { layout { __typename } } }`).join(' ')} }"}`,
    '{"email":{"$gt":""},"password":{"$ne":null}}',
    '{"email":"admin@example.org\\r\\nBcc: x@example.org","password":"x"}',
    '{"route":"home","event":"pageview","newVisit":true,"firstToday":true,"returning":false,"extra":1}',
    '{"route":"module:6","event":"moduleStart","newVisit":"yes","firstToday":true,"returning":false}',
    '{"route":"../../etc","event":"pageview","newVisit":true,"firstToday":true,"returning":false}',
    '{"route":"home","event":"pageview","newVisit":true,"firstToday":true,"returning":false,"referrer":"192.168.1.1","__proto__":{"x":1}}',
    'null',
    '"string"',
    '12',
    '{',
  ),
);

/** Sign-up forms that can never be a valid sign-up (so the suite can demand that nothing is stored). */
const hostileForm = fc
  .record({
    name: fc.oneof(fc.string({ maxLength: 80 }), fc.constantFrom('v1:AAAAAAAAAAAAAAAA:AAAAAAAAAAAAAAAAAAAAAA:AAAA', 'x'.repeat(70_000))),
    email: fc.oneof(fc.constantFrom('geen-adres', 'a@b', '<x@y.z>', 'x@example.org\r\nBcc: y@example.org', ''), fc.string({ maxLength: 40 })),
    relation: fc.oneof(fc.constantFrom('partner', '__proto__', 'ouder'), fc.string({ maxLength: 10 })),
    consent: fc.constantFrom('on', '', 'off'),
    startedAt: fc.oneof(fc.constantFrom('', 'NaN', '-1', '1e400', String(Date.now() + 3_600_000)), fc.integer().map(String)),
    website: fc.constantFrom('', 'http://spam.example'),
    token: fc.oneof(fc.string({ maxLength: 120 }), fc.stringMatching(/^[A-Za-z0-9_-]{43}$/)),
  })
  .map((fields) => {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(fields)) params.append(key, value);
    params.append('__proto__', 'x');
    params.append('constructor', 'y');
    // Never valid: the address has no domain dot, or the form was "started" in the future.
    params.set('email', `${fields.email.replace(/\./g, '')}`);
    return params.toString();
  });

const body = fc.oneof(
  { weight: 3, arbitrary: hostileJson.map((v) => ({ type: 'application/json', data: Buffer.from(typeof v === 'string' ? v : JSON.stringify(v)) })) },
  { weight: 3, arbitrary: hostileForm.map((f) => ({ type: 'application/x-www-form-urlencoded', data: Buffer.from(f) })) },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 2048 }).map((bytes) => ({ type: 'text/plain', data: Buffer.from(bytes) })) },
  { weight: 1, arbitrary: fc.constantFrom(Buffer.from([0xc0, 0xaf, 0xff, 0xfe]), Buffer.from('name=%C0%AF&email=%FF')).map((data) => ({ type: 'application/x-www-form-urlencoded', data })) },
  { weight: 1, arbitrary: fc.constant({ type: 'multipart/form-data; boundary=----x', data: Buffer.from('------x\r\nContent-Disposition: form-data; name="name"\r\n\r\n\u0000\r\n------x--\r\n') }) },
  { weight: 1, arbitrary: fc.integer({ min: 65 * 1024, max: 300 * 1024 }).map((size) => ({ type: 'application/x-www-form-urlencoded', data: Buffer.alloc(size, 'a') })) },
);

const contentType = fc.constantFrom('application/json', 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data', 'application/xml', 'text/html; charset=utf-7', '', 'application/json; charset=latin1');

const ipLike = fc.oneof(fc.ipV4(), fc.ipV6(), fc.constantFrom('127.0.0.1', '::1', 'unknown', '10.9.1.1, 203.0.113.7', 'x'.repeat(500), '1.1.1.1,'.repeat(50)));

const headers = fc
  .record(
    {
      'x-forwarded-for': ipLike,
      'x-real-ip': ipLike,
      forwarded: ipLike.map((ip) => `for=${ip}`),
      'x-portal-client-address': ipLike,
      'sec-fetch-site': fc.constantFrom('same-origin', 'cross-site', 'none', 'same-site'),
      cookie: fc.constantFrom('payload-token=garbage', 'payload-token=eyJhbGciOiJub25lIn0.e30.', '__proto__=x', `a=${'b'.repeat(4000)}`),
      authorization: fc.constantFrom('JWT garbage', 'Bearer x', 'users API-Key nope', 'Basic YWRtaW46YWRtaW4='),
      'user-agent': fc.constantFrom('Mozilla/5.0', 'Googlebot/2.1', '', 'x'.repeat(2000)),
      accept: fc.constantFrom('*/*', 'application/json', 'text/html'),
      'x-http-method-override': fc.constantFrom('DELETE', 'PUT'),
      'accept-encoding': fc.constantFrom('gzip', 'br', 'identity', 'x'),
      range: fc.constantFrom('bytes=0-0', 'bytes=99999999-', 'bytes=-1,0-'),
      dnt: fc.constantFrom('1', '0'),
    },
    { requiredKeys: ['x-forwarded-for'] },
  )
  .map((h) => Object.fromEntries(Object.entries(h).filter(([, v]) => v !== undefined)) as Record<string, string>);

/** Splits a body into 1–8 chunks for chunked transfer encoding. */
const chunking = fc.integer({ min: 1, max: 8 });

/**
 * The generated requests: every public route family with odd paths and query strings, every
 * method, hostile bodies (malformed, deep, prototype keys, invalid UTF-8, oversize, chunked) and
 * spoofed forwarding headers. None of them is a valid sign-up or a countable beacon.
 */
export const fuzzRequest: fc.Arbitrary<FuzzRequest> = fc
  .tuple(fc.constantFrom('GET', 'GET', 'GET', 'POST', 'POST', 'POST', 'HEAD', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'), path, headers, fc.option(body, { nil: undefined }), fc.option(contentType, { nil: undefined }), fc.option(chunking, { nil: undefined }))
  .map(([method, requestPath, requestHeaders, requestBody, type, pieces]) => {
    const request: FuzzRequest = { method, path: requestPath, headers: { ...requestHeaders } };
    if (requestBody && method !== 'GET' && method !== 'HEAD') {
      request.headers['content-type'] = type ?? requestBody.type;
      if (pieces && pieces > 1) {
        const size = Math.ceil(requestBody.data.length / pieces);
        request.chunks = Array.from({ length: pieces }, (_, i) => requestBody.data.subarray(i * size, (i + 1) * size)).filter((c) => c.length > 0);
      } else {
        request.body = requestBody.data;
      }
    }
    // A beacon that could be counted would change the counters: make every generated one a bot's.
    if (request.path.startsWith('/beacon')) request.headers['user-agent'] = `${request.headers['user-agent'] ?? ''} Googlebot/2.1`;
    return request;
  });
