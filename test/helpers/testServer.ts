import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { RunningServer } from '../../server/startServer';
import { copySeededTemplate } from './seededTemplate';

export interface TestServer extends RunningServer {
  dataDir: string;
  get(pathname: string, init?: RequestInit): Promise<Response>;
  stop(): Promise<void>;
}

/**
 * The real Express app (admin, API and built site) in this process, on a random port, with a
 * fresh temporary database seeded with the demo content. Needs `npm run build` (npm test does it).
 */
export async function startTestServer(options: { withAdmin?: boolean } = {}): Promise<TestServer> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sin-http-'));
  process.env.DATA_DIR = dataDir;
  process.env.LOG_LEVEL ??= 'silent';
  process.env.PUBLIC_URL = 'http://localhost:0';
  delete process.env.DATABASE_URL;
  if (process.env.MONGODB_URL) {
    const url = new URL(process.env.MONGODB_URL);
    url.pathname = `/sin_http_${Date.now()}`;
    process.env.DATABASE_URL = url.toString();
    process.env.PAYLOAD_SECRET = 'test-secret-for-mongodb-runs-0123456789';
  }
  const { resetRuntimeConfig } = await import('../../cms/lib/runtimeConfig');
  resetRuntimeConfig();
  // The demo content from the seeded template when there is one; otherwise the server seeds.
  copySeededTemplate(dataDir);
  const { startServer } = await import('../../server/startServer');
  const running = await startServer({ port: 0, withAdmin: options.withAdmin ?? false, adminDev: false });
  return {
    ...running,
    dataDir,
    get: (pathname, init) => fetch(`${running.url}${pathname}`, { redirect: 'manual', ...init }),
    async stop() {
      await running.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
