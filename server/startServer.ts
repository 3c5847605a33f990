import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { getPayload, type Payload } from 'payload';
import { createGroupsSite } from '../cms/groups/createGroupsSite';
import payloadConfig from '../cms/payload.config';
import { startGroupJobs } from '../cms/groups/jobs/startGroupJobs';
import { runtimeConfig } from '../cms/lib/runtimeConfig';
import { createSiteData } from '../cms/siteData/createSiteData';
import { seedIfEmpty } from '../seed/seedIfEmpty';
import { createBeaconIngest } from './beaconRoute';
import { createApp, type NodeHandler } from './createApp';
import { createHtmlCache } from './htmlCache';
import { log } from './logger';
import { trackConnections } from './trackConnections';

export interface RunningServer {
  url: string;
  port: number;
  payload: Payload;
  server: Server;
  /** Stop accepting, finish in-flight requests, flush buffers, close the database. */
  close(): Promise<void>;
}

export interface StartOptions {
  port?: number;
  /** Mount the Payload admin (Next.js). Tests of the public site can leave it out. */
  withAdmin?: boolean;
  /** Run the admin in development mode (default: not in production). Tests use the built admin. */
  adminDev?: boolean;
  /** Seed demo content into an empty database (default: true). */
  seed?: boolean;
  /** Told which start-up step is running (for diagnostics). */
  onStage?: (name: string) => void;
  /** Run the background jobs: e-mail outbox, offers, reminders, retention (default: true). */
  jobs?: boolean;
}

async function loadAstroHandler(): Promise<NodeHandler> {
  const entry = path.resolve(process.cwd(), 'dist/server/entry.mjs');
  const mod = (await import(pathToFileURL(entry).href)) as { handler: NodeHandler };
  return mod.handler;
}

async function loadNextHandler(dev: boolean): Promise<NodeHandler> {
  const { default: next } = await import('next');
  const nextApp = next({ dev, dir: path.resolve(process.cwd(), 'cms'), quiet: true });
  await nextApp.prepare();
  return nextApp.getRequestHandler() as unknown as NodeHandler;
}

/** Boots Payload, the admin and the site in one process and starts listening. */
export async function startServer(options: StartOptions = {}): Promise<RunningServer> {
  const stage = options.onStage ?? (() => undefined);
  const config = runtimeConfig();
  stage('starting Payload (database, migrations)');
  const payload = await getPayload({ config: payloadConfig });
  stage('seeding');
  if (options.seed !== false) await seedIfEmpty(payload, { log });
  stage('loading the site and the admin');

  const htmlCache = createHtmlCache();
  const beacons = createBeaconIngest({ payload, log });
  const app = createApp({
    payload,
    config,
    site: createSiteData(payload),
    groups: createGroupsSite(payload),
    htmlCache,
    astro: await loadAstroHandler(),
    next: options.withAdmin === false ? undefined : await loadNextHandler(options.adminDev ?? !config.isProduction),
  });

  // POST /beacon skips Express entirely: it is the busiest endpoint and needs none of it.
  const server = createServer((req, res) => {
    if (req.method === 'POST' && req.url === '/beacon') void beacons.handler(req, res);
    else app(req, res);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? config.port, () => resolve());
  });
  const connections = trackConnections(server);
  const jobs = options.jobs === false ? null : startGroupJobs(payload, { log });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : (options.port ?? config.port);

  let closing: Promise<void> | null = null;
  const close = () => {
    closing ??= (async () => {
      await connections.drain(10_000);
      // Counts answered before the listener closed are written before the database closes.
      await beacons.close();
      await jobs?.stop();
      htmlCache.close();
      await payload.destroy?.().catch(() => undefined);
    })();
    return closing;
  };
  return { url: `http://localhost:${port}`, port, payload, server, close };
}
