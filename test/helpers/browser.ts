import { createRequire } from 'node:module';
import fs from 'node:fs';
import { type Browser, type BrowserContext, chromium, type Page, type Request } from 'playwright-core';

const require = createRequire(import.meta.url);

/** Debian's Chromium, with the flags this machine needs (no background network, no sandbox as root). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}

/** Records every request the page makes (URL, method, headers, body) for privacy assertions. */
export function recordRequests(context: BrowserContext): Request[] {
  const requests: Request[] = [];
  context.on('request', (request) => requests.push(request));
  return requests;
}

/** Everything a request carries, as one string to search for leaked answers. */
export function requestText(request: Request): string {
  return [request.url(), request.method(), JSON.stringify(request.headers()), request.postData() ?? ''].join('\n');
}

const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** Runs axe-core with the WCAG 2.x A/AA rules (incl. 2.2) and returns the violations. */
export async function axeViolations(page: Page): Promise<{ id: string; nodes: number; help: string }[]> {
  await page.evaluate(`${axeSource}\n;0`);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: { id: string; help: string; nodes: unknown[] }[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
    return result.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.length }));
  });
}

/** Presses Tab until the element matching `selector` has focus (proves it is reachable by keyboard). */
export async function tabTo(page: Page, selector: string, maxPresses = 400): Promise<void> {
  for (let i = 0; i < maxPresses; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`could not reach ${selector} with the Tab key`);
}

/**
 * Headless Chromium announces itself as "HeadlessChrome", which the ingest drops as a bot
 * (as it should). Visitor contexts in analytics tests present an ordinary desktop browser.
 */
export const VISITOR_USER_AGENT = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36';
