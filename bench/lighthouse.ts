/**
 * Lighthouse (npm `lighthouse`, pinned 12.2.3: newer versions need Node 22) against Debian's
 * Chromium (`CHROME_PATH`, default /usr/bin/chromium), with Lighthouse's default mobile
 * emulation and simulated throttling, on loopback only: the pages load nothing from another
 * origin, and Chromium's own background traffic is switched off.
 *
 * Targets (issue #11): performance ≥ 95, accessibility 100, best practices 100 on the home
 * page, a module page and a landing page. Failed audits are listed under each score.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

const PAGES = [
  { label: 'home page', path: '/' },
  { label: 'module page', path: '/zelfhulp/verslaving' },
  { label: 'landing page', path: '/stop-kindermisbruik' },
];

const CATEGORIES = ['performance', 'accessibility', 'best-practices'] as const;
const TARGETS: Record<(typeof CATEGORIES)[number], number> = { performance: 95, accessibility: 100, 'best-practices': 100 };

export interface LighthouseScore {
  path: string;
  label: string;
  scores: Record<(typeof CATEGORIES)[number], number>;
  /** Audits below a perfect score, e.g. "color-contrast (0)". */
  failed: string[];
}

/** Runs Lighthouse once per page against the running server at `base`. */
export async function lighthouseScores(base: string): Promise<LighthouseScore[]> {
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  try {
    const results: LighthouseScore[] = [];
    for (const page of PAGES) {
      const run = await lighthouse(`${base}${page.path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
      if (!run) throw new Error(`Lighthouse returned nothing for ${page.path}`);
      const { categories, audits } = run.lhr;
      const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((categories[c]?.score ?? 0) * 100)])) as LighthouseScore['scores'];
      const failed = CATEGORIES.flatMap((c) => categories[c]?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0)
        .map((ref) => audits[ref.id])
        .filter((audit): audit is NonNullable<typeof audit> => audit !== undefined && audit.score !== null && audit.score < 1)
        .map((audit) => `${audit.id} (${audit.score})`);
      results.push({ path: page.path, label: page.label, scores, failed: [...new Set(failed)] });
    }
    return results;
  } finally {
    chrome.kill();
  }
}

/** Report lines for `npm run bench`. */
export async function lighthouseReport(base: string): Promise<string[]> {
  const results = await lighthouseScores(base);
  return results.map(({ label, path, scores, failed }) => {
    const line = CATEGORIES.map((c) => `${c} ${scores[c]}`).join(', ');
    const targets = CATEGORIES.map((c) => `${c} ≥ ${TARGETS[c]}`).join(', ');
    return `Lighthouse ${label} ${path} (mobile): ${line} [targets ${targets}]${failed.length ? ` — below 1: ${failed.join(', ')}` : ''}`;
  });
}
