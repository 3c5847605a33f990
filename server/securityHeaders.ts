import type { RequestHandler } from 'express';
import helmet from 'helmet';
import { MEDIA_CONTENT_SECURITY_POLICY } from '../cms/lib/mediaResponseHeaders';

const PERMISSIONS_POLICY = [
  'accelerometer=()',
  'camera=()',
  'geolocation=()',
  'gyroscope=()',
  'magnetometer=()',
  'microphone=()',
  'payment=()',
  'usb=()',
  'interest-cohort=()',
  'browsing-topics=()',
].join(', ');

const common = {
  crossOriginEmbedderPolicy: false,
  strictTransportSecurity: { maxAge: 31_536_000, includeSubDomains: true },
} as const;

/**
 * The public site: only our own origin, no inline script, no framing, no referrer.
 * Astro emits every script and stylesheet as a file (see astro.config.mjs), so no hash or nonce is needed.
 */
const publicHeaders = helmet({
  ...common,
  contentSecurityPolicy: {
    useDefaults: false,
    directives: {
      'default-src': ["'self'"],
      'script-src': ["'self'"],
      'style-src': ["'self'"],
      'img-src': ["'self'", 'data:'],
      'font-src': ["'self'"],
      'connect-src': ["'self'"],
      'form-action': ["'self'"],
      'frame-ancestors': ["'none'"],
      'base-uri': ["'none'"],
      'object-src': ["'none'"],
      'manifest-src': ["'self'"],
    },
  },
  referrerPolicy: { policy: 'no-referrer' },
});

/**
 * The admin (Next.js + Payload): Next injects inline bootstrap scripts and React sets inline
 * styles, so those two are allowed here and nowhere else. Still same-origin only.
 */
const adminHeaders = helmet({
  ...common,
  contentSecurityPolicy: {
    useDefaults: false,
    directives: {
      'default-src': ["'self'"],
      'script-src': ["'self'", "'unsafe-inline'", ...(process.env.NODE_ENV === 'production' ? [] : ["'unsafe-eval'"])],
      'style-src': ["'self'", "'unsafe-inline'"],
      'img-src': ["'self'", 'data:', 'blob:'],
      'font-src': ["'self'", 'data:'],
      'connect-src': ["'self'", ...(process.env.NODE_ENV === 'production' ? [] : ['ws:'])],
      'frame-src': ["'self'"],
      'frame-ancestors': ["'self'"],
      'form-action': ["'self'"],
      'base-uri': ["'self'"],
      'object-src': ["'none'"],
    },
  },
  referrerPolicy: { policy: 'same-origin' },
});

/** Uploaded files (`/api/media/file/<name>`): see cms/lib/mediaResponseHeaders.ts. */
const MEDIA_FILE = /^\/api\/media\/file\//;

const mediaHeaders = helmet({
  ...common,
  contentSecurityPolicy: false,
  referrerPolicy: { policy: 'no-referrer' },
});

function isAdminPath(path: string): boolean {
  return path === '/admin' || path.startsWith('/admin/') || path === '/api' || path.startsWith('/api/') || path.startsWith('/_next/');
}

/** Security headers on every response, with a strict policy for the public site. */
export const securityHeaders: RequestHandler = (req, res, next) => {
  res.setHeader('Permissions-Policy', PERMISSIONS_POLICY);
  if (MEDIA_FILE.test(req.path)) {
    res.setHeader('Content-Security-Policy', MEDIA_CONTENT_SECURITY_POLICY);
    if (/\.svgz?$/i.test(req.path)) res.setHeader('Content-Disposition', 'attachment');
    return mediaHeaders(req, res, next);
  }
  return isAdminPath(req.path) ? adminHeaders(req, res, next) : publicHeaders(req, res, next);
};
