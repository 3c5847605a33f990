import { brotliCompressSync, gzipSync } from 'node:zlib';
import type { RequestHandler, Response } from 'express';
import { onCacheInvalidate } from '../cms/lib/cacheBus';

/** Response headers a page sets to opt in to caching; stripped before they reach the visitor. */
export const CACHE_TAGS_HEADER = 'x-cache-tags';
export const CACHE_UNTIL_HEADER = 'x-cache-until';

interface Entry {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
  gzip: Buffer;
  br: Buffer;
  tags: string[];
  until: number | null;
}

export interface HtmlCache {
  middleware: RequestHandler;
  invalidate(tags: string[]): number;
  size(): number;
  clear(): void;
  close(): void;
}

function pickEncoding(accept: string | undefined): 'br' | 'gzip' | null {
  if (!accept) return null;
  if (/\bbr\b/.test(accept)) return 'br';
  if (/\bgzip\b/.test(accept)) return 'gzip';
  return null;
}

function send(res: Response, entry: Entry, accept: string | undefined): void {
  const encoding = pickEncoding(accept);
  const body = encoding === 'br' ? entry.br : encoding === 'gzip' ? entry.gzip : entry.body;
  res.status(entry.status);
  for (const [name, value] of Object.entries(entry.headers)) res.setHeader(name, value);
  res.setHeader('Vary', 'Accept-Encoding');
  if (encoding) res.setHeader('Content-Encoding', encoding);
  res.setHeader('Content-Length', body.length);
  res.setHeader('X-Cache', 'HIT');
  res.end(body);
}

/**
 * In-memory HTML cache for public pages. A page opts in by setting `x-cache-tags` (what it
 * shows: `page:/pad`, `module:slug`, `modules`, `global`) and optionally `x-cache-until`
 * (epoch ms, e.g. the end of a campaign). Payload hooks invalidate by tag, so one edit drops
 * only the pages that show it. Only GET/HEAD without a query string are cached; previews carry
 * a query string and `no-store`, so drafts never enter the cache.
 */
export function createHtmlCache(now: () => number = Date.now): HtmlCache {
  const entries = new Map<string, Entry>();

  const middleware: RequestHandler = (req, res, next) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || req.originalUrl.includes('?')) return next();
    const key = req.path;
    const hit = entries.get(key);
    if (hit && (hit.until === null || now() < hit.until)) return send(res, hit, req.headers['accept-encoding']);
    if (hit) entries.delete(key);

    const chunks: Buffer[] = [];
    let headers: Record<string, string> | null = null;
    const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => Response;
    const write = res.write.bind(res) as (...args: unknown[]) => boolean;
    const end = res.end.bind(res) as (...args: unknown[]) => Response;

    const capture = (chunk: unknown, encoding?: unknown) => {
      if (chunk == null || typeof chunk === 'function') return;
      chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string, (typeof encoding === 'string' ? encoding : 'utf8') as BufferEncoding));
    };
    const stripPrivate = () => {
      const tags = res.getHeader(CACHE_TAGS_HEADER);
      const until = res.getHeader(CACHE_UNTIL_HEADER);
      res.removeHeader(CACHE_TAGS_HEADER);
      res.removeHeader(CACHE_UNTIL_HEADER);
      return { tags: tags ? String(tags) : null, until: until ? Number(until) : null };
    };
    let meta: { tags: string | null; until: number | null } | null = null;

    res.writeHead = ((...args: unknown[]) => {
      // Headers passed directly to writeHead (Astro does) are merged into the response first.
      const last = args[args.length - 1];
      if (last && typeof last === 'object' && !Array.isArray(last)) {
        for (const [name, value] of Object.entries(last as Record<string, unknown>)) if (value !== undefined) res.setHeader(name, value as string);
        args = args.slice(0, -1);
      }
      meta = stripPrivate();
      headers = {};
      for (const [name, value] of Object.entries(res.getHeaders())) if (value !== undefined) headers[name] = String(value);
      return writeHead(...args);
    }) as typeof res.writeHead;
    res.write = ((chunk: unknown, ...rest: unknown[]) => {
      capture(chunk, rest[0]);
      return write(chunk, ...rest);
    }) as typeof res.write;
    res.end = ((chunk?: unknown, ...rest: unknown[]) => {
      if (!meta) meta = stripPrivate();
      capture(chunk, rest[0]);
      const result = end(chunk, ...rest);
      const cacheable = meta.tags && res.statusCode === 200 && !String(res.getHeader('cache-control') ?? '').includes('no-store');
      if (cacheable && req.method === 'GET') {
        const body = Buffer.concat(chunks);
        const kept = headers ?? {};
        for (const name of ['content-length', 'content-encoding', 'transfer-encoding', 'connection', 'date', 'keep-alive', 'vary', 'x-cache']) delete kept[name];
        entries.set(key, {
          status: 200,
          headers: kept,
          body,
          gzip: gzipSync(body, { level: 9 }),
          br: brotliCompressSync(body),
          tags: meta.tags!.split(',').map((t) => t.trim()),
          until: meta.until,
        });
      }
      return result;
    }) as typeof res.end;
    res.setHeader('X-Cache', 'MISS');
    next();
  };

  function invalidate(tags: string[]): number {
    let dropped = 0;
    const wanted = new Set(tags);
    for (const [key, entry] of entries) {
      if (entry.tags.some((tag) => wanted.has(tag))) {
        entries.delete(key);
        dropped += 1;
      }
    }
    return dropped;
  }

  const unsubscribe = onCacheInvalidate((tags) => invalidate(tags));
  return { middleware, invalidate, size: () => entries.size, clear: () => entries.clear(), close: unsubscribe };
}
