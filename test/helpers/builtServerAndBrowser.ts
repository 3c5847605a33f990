import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './browser';
import { type BuiltServer, startBuiltServer } from './builtServer';

/**
 * For a browser test file: the built server and Chromium, started before the file's tests and
 * stopped after them. Read `server` and `browser` inside tests (they are set in beforeAll).
 */
export function withBuiltServerAndBrowser(env: Record<string, string> = {}): { server: BuiltServer; browser: Browser } {
  const shared = {} as { server: BuiltServer; browser: Browser };
  beforeAll(async () => {
    shared.server = await startBuiltServer(env);
    shared.browser = await launchChromium();
  });
  afterAll(async () => {
    await shared.browser?.close();
    await shared.server?.stop();
  });
  return shared;
}
