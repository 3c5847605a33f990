import { describe, expect, test } from 'vitest';
import { checkRestRequest, restShapeOf } from '../../cms/api/checkRestRequest';
import { ANONYMOUS_MAX_LIMIT } from '../../cms/api/restLimits';

const shape = restShapeOf(
  [
    { slug: 'pages', versions: { drafts: true }, endpoints: [{ path: '/' }, { path: '/:id' }, { path: '/versions' }, { path: '/count' }, { path: '/:id/duplicate' }] },
    { slug: 'users', versions: false, endpoints: [{ path: '/:id' }, { path: '/versions' }, { path: '/login' }, { path: '/verify/:token' }] },
    { slug: 'payload-preferences', endpoints: [{ path: '/:key' }] },
    { slug: 'registrations', endpoints: [{ path: '/:id' }, { path: '/export' }] },
  ],
  'number',
);
const check = (method: string, url: string, anonymous = true) => {
  const { pathname, searchParams } = new URL(url, 'http://x');
  return checkRestRequest(method, pathname, searchParams, shape, anonymous)?.status ?? null;
};

describe('checkRestRequest', () => {
  test('answers 404 where Payload answered 500: impossible ids and versions that do not exist', () => {
    expect(check('GET', '/api/pages/abc')).toBe(404);
    expect(check('GET', '/api/pages/99999999999999999999')).toBe(404);
    expect(check('GET', '/api/users/versions', false)).toBe(404);
    expect(check('GET', '/api/pages/versions/xyz', false)).toBe(404);
    expect(check('DELETE', '/api/registrations/1.5', false)).toBe(404);
  });

  test('lets real routes through', () => {
    expect(check('GET', '/api/pages/12')).toBeNull();
    expect(check('GET', '/api/pages/count')).toBeNull();
    expect(check('GET', '/api/pages/versions', false)).toBeNull();
    expect(check('POST', '/api/pages/12/duplicate', false)).toBeNull();
    expect(check('POST', '/api/users/login')).toBeNull();
    expect(check('GET', '/api/users/verify/sometoken')).toBeNull();
    expect(check('GET', '/api/registrations/export?group=3', false)).toBeNull();
    expect(check('DELETE', '/api/payload-preferences/collection-pages', false)).toBeNull();
    expect(check('GET', '/api/globals/site-settings')).toBeNull();
  });

  test('refuses page, limit and depth that are not small whole numbers', () => {
    expect(check('GET', '/api/pages?page=99999999999999999999')).toBe(400);
    expect(check('GET', '/api/pages?page=1e300')).toBe(400);
    expect(check('GET', '/api/pages?page=0')).toBe(400);
    expect(check('GET', '/api/pages?limit=-1')).toBe(400);
    expect(check('GET', '/api/pages?depth=abc')).toBe(400);
    expect(check('GET', '/api/pages?page=2&limit=10&depth=1')).toBeNull();
  });

  test('caps lists for anonymous readers, not for staff', () => {
    expect(check('GET', `/api/pages?limit=${ANONYMOUS_MAX_LIMIT}`)).toBeNull();
    expect(check('GET', `/api/pages?limit=${ANONYMOUS_MAX_LIMIT + 1}`)).toBe(400);
    expect(check('GET', '/api/pages?limit=0')).toBe(400);
    expect(check('GET', '/api/pages?pagination=false')).toBe(400);
    expect(check('GET', '/api/pages?depth=5')).toBe(400);
    expect(check('GET', '/api/pages?limit=500&pagination=false&depth=5', false)).toBeNull();
  });
});

describe('checkRestRequest prototype names', () => {
  test('answers 404 for slugs that name Object.prototype members', () => {
    expect(check('POST', '/api/constructor')).toBe(404);
    expect(check('GET', '/api/__proto__')).toBe(404);
    expect(check('GET', '/api/hasOwnProperty/1')).toBe(404);
    expect(check('POST', '/api/globals/constructor')).toBe(404);
    expect(check('GET', '/api/globals/site-settings')).toBeNull();
  });
});
