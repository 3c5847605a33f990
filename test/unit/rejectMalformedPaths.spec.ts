import { describe, expect, test } from 'vitest';
import { malformedPathReason } from '../../server/rejectMalformedPaths';

describe('malformedPathReason', () => {
  test('lets ordinary page, asset and API paths through', () => {
    for (const path of ['/', '/zelfhulp/triggers', '/_astro/index.B1x2.css', '/api/pages/12', '/admin/reset/abcDEF123', '/k/poster-1', '/%C3%A9t%C3%A9', '/a%20b']) {
      expect(malformedPathReason(path), path).toBeNull();
    }
  });

  test('refuses undecodable, control-character, backslash, encoded-separator and dot-segment paths', () => {
    expect(malformedPathReason('/api/pages/%C0')).toBe('undecodable');
    expect(malformedPathReason('/admin/reset/%E2%82')).toBe('undecodable');
    expect(malformedPathReason('/%')).toBe('undecodable');
    expect(malformedPathReason('/api/pages/%00')).toBe('control-character');
    expect(malformedPathReason('/%09/EVIL.example')).toBe('control-character');
    expect(malformedPathReason('/a%0d%0aSet-Cookie:x=1')).toBe('control-character');
    expect(malformedPathReason('/%5CEVIL.example')).toBe('backslash');
    expect(malformedPathReason('/_astro/..%2f..%2fpackage.json')).toBe('encoded-separator');
    expect(malformedPathReason('/zelfhulp/%2e%2e/x')).toBe('dot-segment');
  });
});
