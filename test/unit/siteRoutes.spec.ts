import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { ACTION_ROUTES, STATIC_ROUTES } from '../../cms/lib/siteRoutes';

/** The routes without parameters that site/pages defines (pages and endpoints). */
function fixedRoutesOfSite(): string[] {
  const root = path.resolve(process.cwd(), 'site/pages');
  const routes: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.(astro|ts)$/.test(entry.name) && !entry.name.startsWith('_') && !full.includes('[')) {
        const route = `/${path.relative(root, full).replace(/\.(astro|ts)$/, '').replace(/(^|\/)index$/, '')}`.replace(/\/$/, '') || '/';
        routes.push(route);
      }
    }
  };
  walk(root);
  return routes.sort();
}

describe('STATIC_ROUTES', () => {
  test('lists every fixed route of site/pages that a link may point to, and nothing else', () => {
    // 404 renders for unknown paths; /contact/bewaren answers form posts only.
    const notLinkable = new Set(['/404', '/contact/bewaren', ...ACTION_ROUTES]);
    expect([...STATIC_ROUTES].sort()).toEqual(fixedRoutesOfSite().filter((route) => !notLinkable.has(route)));
  });
});
