import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { sameOriginLocation } from '../../site/lib/sameOriginLocation';

const ORIGIN = 'https://site.example';

describe('sameOriginLocation', () => {
  test('keeps ordinary paths and query strings, percent-encoded', () => {
    expect(sameOriginLocation('/stop-kindermisbruik')).toBe('/stop-kindermisbruik');
    expect(sameOriginLocation('/hulp?bron=poster-1')).toBe('/hulp?bron=poster-1');
    expect(sameOriginLocation('/été')).toBe('/%C3%A9t%C3%A9');
  });

  test('refuses the reported off-site redirects', () => {
    for (const target of ['/\\evil.example', '//evil.example', '///evil.example', '/\t/evil.example', '/\n/evil.example', 'https://evil.example', 'evil.example', '/\u0000x', ' /x']) {
      expect(sameOriginLocation(target), JSON.stringify(target)).toBeNull();
    }
  });

  test('never returns a location that a browser resolves to another origin', () => {
    const tricky = fc.constantFrom('/', '\\', '/\\', '//', '\t', '\n', '\r', '\u0000', '%2f', '%5c', '.', '..', ':', '@', '?', '#', 'evil.example', 'https:', 'javascript:', ' ', '\u3002', '\uff0f');
    const target = fc.array(fc.oneof(tricky, fc.string({ maxLength: 6 }), fc.string({ unit: 'binary', maxLength: 4 })), { maxLength: 8 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(target, (input) => {
        const location = sameOriginLocation(input);
        if (location === null) return;
        expect(location.startsWith('/')).toBe(true);
        expect(location.startsWith('//')).toBe(false);
        // biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point
        expect(location).not.toMatch(/[\\\s\u0000-\u001f]/);
        // How a browser resolves Location against the current page.
        expect(new URL(location, `${ORIGIN}/some/page`).origin).toBe(ORIGIN);
      }),
      { numRuns: 3_000, seed: 1313 },
    );
  }, 30_000);
});
