import path from 'node:path';
import compression from 'compression';
import express, { type RequestHandler } from 'express';
import type { Payload } from 'payload';
import type { RuntimeConfig } from '../cms/lib/runtimeConfig';
import { createContactSite } from '../cms/contact/createContactSite';
import type { ContactSite } from '../cms/contact/types';
import type { GroupsSite } from '../cms/groups/types';
import type { SiteData } from '../cms/siteData/types';
import { capRequestBodies } from './capRequestBodies';
import { attachClientAddress } from './clientAddress';
import { healthz } from './healthz';
import type { HtmlCache } from './htmlCache';
import { log } from './logger';
import { rejectCrossSitePosts } from './rejectCrossSitePosts';
import { rejectMalformedPaths } from './rejectMalformedPaths';
import { rejectStrayAdminPosts } from './rejectStrayAdminPosts';
import { requestLog } from './requestLog';
import { securityHeaders } from './securityHeaders';

export type NodeHandler = (req: express.Request, res: express.Response, next?: express.NextFunction, locals?: object) => unknown;

export interface AppParts {
  payload: Payload;
  config: RuntimeConfig;
  site: SiteData;
  groups: GroupsSite;
  /** The contact form and conversations; made from `payload` when left out. */
  contact?: ContactSite;
  htmlCache: HtmlCache;
  /** Next.js request handler for the admin and API; absent in tests that do not need it. */
  next?: NodeHandler;
  /** Astro's middleware-mode handler (dist/server/entry.mjs). */
  astro: NodeHandler;
  clientDir?: string;
}

/**
 * The Express app behind the single HTTP entry: request log → security headers → health →
 * Payload admin/API (Next) → static assets → HTML cache → Astro site. (POST /beacon is
 * dispatched before Express, in startServer.ts.)
 */
export function createApp(parts: AppParts): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', parts.config.trustProxy);
  app.use(requestLog);
  app.use(capRequestBodies);
  app.use(attachClientAddress);
  app.use(securityHeaders);
  app.use(rejectMalformedPaths);
  app.use(rejectStrayAdminPosts);
  app.get('/healthz', healthz(parts.payload, parts.config));

  const nextHandler = parts.next;
  if (nextHandler) {
    const toNext: RequestHandler = (req, res) => void nextHandler(req, res);
    app.all(['/admin', '/admin/*splat', '/api', '/api/*splat', '/_next/*splat'], toNext);
  } else {
    app.all(['/admin', '/admin/*splat', '/api', '/api/*splat'], (_req, res) => {
      res.status(503).json({ error: 'Admin not mounted in this process' });
    });
  }

  app.use(compression());
  const clientDir = parts.clientDir ?? path.resolve(process.cwd(), 'dist/client');
  // Hashed file names: safe to cache for a year.
  app.use('/_astro', express.static(path.join(clientDir, '_astro'), { immutable: true, maxAge: '365d', index: false, fallthrough: false }));
  app.use(express.static(clientDir, { maxAge: '1h', index: false }));

  app.use(parts.htmlCache.middleware);
  app.use(rejectCrossSitePosts);
  const contact = parts.contact ?? createContactSite(parts.payload);
  app.use((req, res, next) => parts.astro(req, res, next, { site: parts.site, groups: parts.groups, contact }));

  app.use(((error, _req, res, _next) => {
    // A client mistake reported by a middleware (express.static: 403/404) stays a 4xx.
    const status = Number((error as { status?: unknown })?.status);
    if (status >= 400 && status < 500) {
      if (!res.headersSent) res.status(status).type('text/plain').send('Dit adres bestaat niet.');
      return;
    }
    log.error('unhandled error', { name: (error as Error)?.name, message: (error as Error)?.message?.slice(0, 200) });
    if (!res.headersSent) res.status(500).type('text/plain').send('Er ging iets mis. Probeer het later opnieuw.');
  }) as express.ErrorRequestHandler);
  return app;
}
