/**
 * Lighthouse (npm `lighthouse`, pinned 12.2.3: newer versions need Node 22) against Debian's
 * Chromium (`CHROME_PATH`, default /usr/bin/chromium), with Lighthouse's default mobile
 * emulation and simulated throttling, on loopback only: the pages load nothing from another
 * origin, and Chromium's own background traffic is switched off.
 *
 * Targets (issue #11): performance ≥ 95, accessibility 100, best practices 100 on the home
 * page, a module page and a landing page. Each page runs RUNS times and the run with the
 * median performance score is reported (Lighthouse's advice against run-to-run variance; the
 * performance score depends on the machine's load). Audits that fall short are listed.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

const PAGES = [
  { label: 'home page', path: '/' },
  { label: 'module page', path: '/zelfhulp/verslaving' },
  { label: 'landing page', path: '/stop-kindermisbruik' },
];

const CATEGORIES = ['performance', 'accessibility', 'best-practices'] as const;
type Categories = (typeof CATEGORIES)[number];
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const TARGETS: Record<Categories, number> = { performance: 95, accessibility: 100, 'best-practices': 100 };

export interface LighthouseScore {
  path: string;
  label: string;
  scores: Record<Categories, number>;
  /** Audits below a perfect score, e.g. "color-contrast (0)", and a run error if any. */
  failed: string[];
  /** Performance scores of all runs, for the record. */
  runs: number[];
}

async function runOnce(url: string, port: number): Promise<Omit<LighthouseScore, 'path' | 'label' | 'runs'>> {
  const run = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
  if (!run) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { categories, audits, runtimeError } = run.lhr;
  const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((categories[c]?.score ?? 0) * 100)])) as Record<Categories, number>;
  const failed = CATEGORIES.flatMap((c) => categories[c]?.auditRefs ?? [])
    .filter((ref) => ref.weight > 0)
    .map((ref) => audits[ref.id])
    .filter((audit): audit is NonNullable<typeof audit> => audit !== undefined && audit.score !== null && audit.score < 1)
    .map((audit) => `${audit.id} (${audit.score}${audit.displayValue ? `, ${audit.displayValue}` : ''})`);
  if (runtimeError) failed.unshift(`runtime error ${runtimeError.code}: ${runtimeError.message}`);
  return { scores, failed: [...new Set(failed)] };
}

/** Runs Lighthouse RUNS times per page against the running server at `base`; the median run per page. */
export async function lighthouseScores(base: string): Promise<LighthouseScore[]> {
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  try {
    const results: LighthouseScore[] = [];
    // The first request of a page renders it (and fills the HTML cache): not what is measured.
    for (const page of PAGES) await fetch(`${base}${page.path}`).then((r) => r.arrayBuffer());
    for (const page of PAGES) {
      const runs = [];
      for (let i = 0; i < RUNS; i++) runs.push(await runOnce(`${base}${page.path}`, chrome.port));
      runs.sort((a, b) => a.scores.performance - b.scores.performance);
      const median = runs[Math.floor(runs.length / 2)]!;
      results.push({ path: page.path, label: page.label, ...median, runs: runs.map((r) => r.scores.performance) });
    }
    return results;
  } finally {
    chrome.kill();
  }
}

/** Report lines for `npm run bench`. */
export async function lighthouseReport(base: string): Promise<string[]> {
  const results = await lighthouseScores(base);
  return results.map(({ label, path, scores, failed, runs }) => {
    const line = `${CATEGORIES.map((c) => `${c} ${scores[c]}`).join(', ')} (median of performance ${runs.join('/')})`;
    const targets = CATEGORIES.map((c) => `${c} ≥ ${TARGETS[c]}`).join(', ');
    return `Lighthouse ${label} ${path} (mobile): ${line} [targets ${targets}]${failed.length ? ` — below 1: ${failed.join(', ')}` : ''}`;
  });
}
