import { describe, expect, test } from 'vitest';
import { validateHref } from '../../cms/fields/link';

describe('validateHref', () => {
  test('accepts site paths, https addresses, tel: and mailto:', () => {
    for (const href of ['/zelfhulp', '/', '/lotgenotengroepen#groepen', '/x?y=1', 'https://www.113.nl/', 'tel:0800-0113', 'mailto:info@example.org']) {
      expect(validateHref(href), href).toBe(true);
    }
  });

  test('refuses //host and /\\host, which browsers open as another site', () => {
    for (const href of ['//evil.example', '///evil.example', '/\\evil.example', '/a\\b', '/\tx', 'http://x.nl', 'javascript:alert(1)']) {
      expect(validateHref(href), href).not.toBe(true);
    }
  });
});
