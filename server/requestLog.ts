import type { RequestHandler } from 'express';
import { log } from './logger';
import { routeTemplate } from './routeTemplate';

/**
 * One log line per request: method, path without query string, status and duration.
 * Deliberately no IP address, user agent, referrer or query (which may hold a source code).
 * Admin and API paths are logged as route templates: they can hold one-time tokens.
 */
export const requestLog: RequestHandler = (req, res, next) => {
  const started = performance.now();
  res.on('finish', () => {
    if (req.path === '/beacon' || req.path.startsWith('/_astro/') || req.path.startsWith('/_next/')) return;
    log.info('request', { method: req.method, path: routeTemplate(req.path), status: res.statusCode, ms: Math.round(performance.now() - started) });
  });
  next();
};
