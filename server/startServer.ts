import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { getPayload, type Payload } from 'payload';
import { createGroupsSite } from '../cms/groups/createGroupsSite';
import { startJobRunner } from '../cms/jobs/startJobRunner';
import { connectCacheBus } from '../cms/lib/cacheBus';
import { runtimeConfig } from '../cms/lib/runtimeConfig';
import payloadConfig from '../cms/payload.config';
import { createSiteData } from '../cms/siteData/createSiteData';
import { createBeaconIngest } from './beaconRoute';
import { createApp, type NodeHandler } from './createApp';
import { createHtmlCache } from './htmlCache';
import { log } from './logger';
import { prepareDatabase } from './prepareDatabase';
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
  /** Run the background jobs (cms/jobs/) in this process (default: true). */
  jobs?: boolean;
}

async function loadAstroHandler(): Promise<NodeHandler> {
  const entry = path.resolve(process.cwd(), 'dist/server/entry.mjs');
  const mod = (await import(pathToFileURL(entry).href)) as { handler: NodeHandler };
  return mod.handler;
}

/**
 * The admin (Next.js) is loaded on the first request for it, not at start: it is the larger
 * part of a process's memory and start-up time, and most requests never need it. The first
 * admin request waits for it (a few seconds); concurrent ones share the one load.
 */
function lazyNextHandler(dev: boolean): NodeHandler {
  let loading: Promise<NodeHandler> | null = null;
  const load = async () => {
    const { default: next } = await import('next');
    const nextApp = next({ dev, dir: path.resolve(process.cwd(), 'cms'), quiet: true });
    await nextApp.prepare();
    log.info('admin loaded');
    return nextApp.getRequestHandler() as unknown as NodeHandler;
  };
  return (req, res) => {
    loading ??= load().catch((error: unknown) => {
      loading = null;
      throw error;
    });
    return loading.then(
      (handler) => handler(req, res),
      (error: unknown) => {
        log.error('admin failed to load', { message: (error as Error)?.message?.slice(0, 200) });
        if (!res.headersSent) res.status(503).type('text/plain').send('Het beheer is tijdelijk niet beschikbaar.');
      },
    );
  };
}

/** Boots Payload, the site and (lazily) the admin in one process and starts listening. */
export async function startServer(options: StartOptions = {}): Promise<RunningServer> {
  // How long each start-up step took, logged once when listening (cold start matters for scaling out).
  const timings: Record<string, number> = {};
  let stepStarted = performance.now();
  let step = '';
  const stage = (name: string) => {
    const now = performance.now();
    if (step) timings[step] = Math.round(now - stepStarted);
    step = name;
    stepStarted = now;
    if (name) options.onStage?.(name);
  };
  const config = runtimeConfig();
  // The site's bundle does not need Payload to load: load both at once.
  const astro = loadAstroHandler();
  astro.catch(() => undefined);
  stage('payload');
  const payload = await getPayload({ config: payloadConfig });
  stage('setup');
  await prepareDatabase(payload, config, { log, seed: options.seed !== false });
  stage('site');

  const cacheBus = connectCacheBus(payload, {
    onError: (error) => log.warn('cache bus', { error: (error as Error)?.message?.slice(0, 200) }),
  });
  const htmlCache = createHtmlCache();
  const beacons = createBeaconIngest({ payload, log });
  const app = createApp({
    payload,
    config,
    site: createSiteData(payload),
    groups: createGroupsSite(payload),
    htmlCache,
    astro: await astro,
    next: options.withAdmin === false ? undefined : lazyNextHandler(options.adminDev ?? !config.isProduction),
  });

  // POST /beacon and cached pages skip Express entirely: they are the busiest requests and
  // need none of it (a cached page carries the headers it was rendered with).
  const server = createServer((req, res) => {
    if (req.method === 'POST' && req.url === '/beacon') void beacons.handler(req, res);
    else if (!htmlCache.serve(req, res)) app(req, res);
  });
  stage('listen');
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? config.port, () => resolve());
  });
  stage('jobs');
  const connections = trackConnections(server);
  const jobs = options.jobs === false ? null : startJobRunner(payload, { log });
  stage('');
  log.info('started', { ...Object.fromEntries(Object.entries(timings).map(([name, ms]) => [`${name}Ms`, ms])), uptimeMs: Math.round(process.uptime() * 1000) });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : (options.port ?? config.port);

  let closing: Promise<void> | null = null;
  const close = () => {
    closing ??= (async () => {
      await connections.drain(10_000);
      // Counts answered before the listener closed are written before the database closes.
      await beacons.close();
      await jobs?.stop();
      await cacheBus.close();
      htmlCache.close();
      await payload.destroy?.().catch(() => undefined);
    })();
    return closing;
  };
  return { url: `http://localhost:${port}`, port, payload, server, close };
}
