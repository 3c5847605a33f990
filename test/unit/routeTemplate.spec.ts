import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { routeTemplate } from '../../server/routeTemplate';

describe('routeTemplate', () => {
  test('logs admin and API paths as templates, public paths as they are', () => {
    expect(routeTemplate('/admin/reset/3f9a1c0e5d7b2a4f6e8c0a1b3d5f7e9a1c3e5f70')).toBe('/admin/reset/:param');
    expect(routeTemplate('/admin/collections/registrations/12')).toBe('/admin/collections/registrations/:param');
    expect(routeTemplate('/admin/globals/site-settings')).toBe('/admin/globals/site-settings');
    expect(routeTemplate('/api/users/verify/abcdef')).toBe('/api/users/verify/:param');
    expect(routeTemplate('/api/media/file/foto-van-jan.png')).toBe('/api/media/file/:param');
    expect(routeTemplate('/api/pages')).toBe('/api/pages');
    expect(routeTemplate('/api/users/reset-password')).toBe('/api/users/reset-password');
    expect(routeTemplate('/admin')).toBe('/admin');
    expect(routeTemplate('/zelfhulp/triggers')).toBe('/zelfhulp/triggers');
  });

  test('never logs a token that stands in an admin or API path', () => {
    const token = fc.string({ unit: fc.constantFrom(...'abcdef0123456789ABCDEFghijkXYZ-_'), minLength: 20, maxLength: 64 });
    const prefix = fc.constantFrom('/admin/reset/', '/admin/users/verify/', '/api/users/verify/', '/api/users/unlock/', '/admin/collections/users/', '/api/payload-preferences/');
    fc.assert(
      fc.property(prefix, token, (start, secret) => {
        expect(routeTemplate(`${start}${secret}`)).not.toContain(secret);
      }),
      { numRuns: 2_000, seed: 1313 },
    );
  }, 30_000);
});
