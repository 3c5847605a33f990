import type { IncomingMessage, ServerResponse } from 'node:http';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
import type { RequestHandler, Response } from 'express';
import { onCacheInvalidate } from '../cms/lib/cacheBus';
import { log } from './logger';

/** Response headers a page sets to opt in to caching; stripped before they reach the visitor. */
export const CACHE_TAGS_HEADER = 'x-cache-tags';
export const CACHE_UNTIL_HEADER = 'x-cache-until';
/**
 * Names a hidden form field whose value the cache sets to the current time (epoch ms, at most a
 * second old) on every hit: the sign-up form's `startedAt`, which its fill-time check needs
 * fresh even when the page comes from the cache.
 */
export const CACHE_FILL_TIME_HEADER = 'x-cache-fill-time';

/** The safety net: no entry lives longer than this, even if an invalidation got lost. */
export const MAX_AGE_MS = 5 * 60_000;
/**
 * Hits are counted, not logged one by one: at thousands per second a log line each would cost
 * more than answering. One line per interval says how many pages came from the cache.
 */
export const HIT_LOG_INTERVAL_MS = 60_000;
/** Far more than the site has pages; the oldest entry goes when a new one would exceed it. */
export const MAX_ENTRIES = 1_000;
/**
 * Only canonical paths are stored: the site renders `/zelfhulp/%74riggers` like
 * `/zelfhulp/triggers`, and endless spellings of one page must not each take memory.
 */
const CACHEABLE_PATH = /^\/(?:[a-z0-9._~-]+\/?)*$/;

const DROPPED_HEADERS = ['content-length', 'content-encoding', 'transfer-encoding', 'connection', 'date', 'keep-alive', 'vary', 'x-cache'];

type Encoding = 'br' | 'gzip' | 'identity';

/** One encoding of a page, ready to write: the body and the complete header list. */
interface Variant {
  body: Buffer;
  headers: string[];
}

interface Entry {
  /** The headers the page was rendered with, minus hop-by-hop and length/encoding. */
  headers: [string, string][];
  tags: string[];
  expiresAt: number;
  /** The page as rendered, uncompressed. */
  body: Buffer;
  /** Ready-to-write encodings; compressed just after the page is stored, or at its first hit. */
  variants: Record<Encoding, Variant> | null;
  /** For pages with a fill-time field: the body around the timestamp, and the second it holds. */
  stamp?: { before: string; after: string; second: number };
}

export interface HtmlCache {
  /** Express middleware: on a miss, lets the page render and stores it if it opted in. */
  middleware: RequestHandler;
  /**
   * The fast path, before Express: answers a GET/HEAD for a cached page with precomputed headers
   * and a precompressed body. Returns false when it did not answer (a miss).
   */
  serve(req: IncomingMessage, res: ServerResponse): boolean;
  invalidate(tags: string[]): number;
  size(): number;
  clear(): void;
  close(): void;
}

function pickEncoding(accept: string | string[] | undefined): Encoding {
  if (typeof accept !== 'string') return 'identity';
  if (accept.includes('br')) return 'br';
  if (accept.includes('gzip')) return 'gzip';
  return 'identity';
}

function buildVariants(entryHeaders: [string, string][], body: Buffer, fast: boolean): Record<Encoding, Variant> {
  const make = (encoding: Encoding, encoded: Buffer): Variant => {
    const headers: string[] = [];
    for (const [name, value] of entryHeaders) headers.push(name, value);
    headers.push('Vary', 'Accept-Encoding', 'X-Cache', 'HIT', 'Content-Length', String(encoded.length));
    if (encoding !== 'identity') headers.push('Content-Encoding', encoding);
    return { body: encoded, headers };
  };
  return {
    identity: make('identity', body),
    gzip: make('gzip', gzipSync(body, { level: fast ? 6 : 9 })),
    br: make('br', brotliCompressSync(body, { params: { [zlib.BROTLI_PARAM_QUALITY]: fast ? 5 : 11, [zlib.BROTLI_PARAM_SIZE_HINT]: body.length } })),
  };
}

/** Splits the body around the value of `<input … name="<field>" value="…">`, if present. */
function findStamp(body: Buffer, field: string | null): Entry['stamp'] {
  if (!field || !/^[A-Za-z][\w-]{0,40}$/.test(field)) return undefined;
  const html = body.toString('utf8');
  const match = new RegExp(`name="${field}" value="(\\d{1,16})"`).exec(html);
  if (!match) return undefined;
  const start = match.index + match[0].length - match[1]!.length - 1;
  return { before: html.slice(0, start), after: html.slice(start + match[1]!.length), second: -1 };
}

/**
 * In-memory HTML cache for public pages. A page opts in by setting `x-cache-tags` (what it
 * shows: `page:/pad`, `module:slug`, `modules`, `groups`, `global`) and optionally
 * `x-cache-until` (epoch ms, e.g. the end of a campaign). Payload hooks invalidate by tag on
 * the cache bus, which reaches every server process (cms/lib/cacheBus.ts); every entry also
 * expires after MAX_AGE_MS in case an invalidation is ever lost. Only GET/HEAD without a query
 * string are cached; previews carry a query string and `no-store`, so drafts never enter.
 *
 * Hits are answered before Express (`serve`): headers and the gzip and brotli bodies are
 * computed once, right after the page is stored (after its first answer went out). A page whose
 * tags are invalidated while it renders is not stored: it may show what was just changed.
 */
export function createHtmlCache(now: () => number = Date.now, maxAgeMs = MAX_AGE_MS, maxEntries = MAX_ENTRIES): HtmlCache {
  const entries = new Map<string, Entry>();
  // A counter of render starts and invalidations: a page whose render started before an
  // invalidation of one of its tags is not stored (it may show what was just changed).
  let generation = 0;
  const invalidatedAt = new Map<string, number>();
  let hits = 0;
  const logHits = () => {
    if (hits === 0) return;
    log.info('cached pages served', { count: hits, intervalMs: HIT_LOG_INTERVAL_MS });
    hits = 0;
  };
  const hitLog = setInterval(logHits, HIT_LOG_INTERVAL_MS);
  hitLog.unref();

  const freshStamp = (entry: Entry) => {
    const stamp = entry.stamp;
    if (!stamp) return;
    const at = now();
    const second = Math.floor(at / 1000);
    if (second === stamp.second) return;
    stamp.second = second;
    entry.variants = buildVariants(entry.headers, Buffer.from(`${stamp.before}${at}${stamp.after}`), true);
  };
  const compress = (entry: Entry) => {
    entry.variants ??= buildVariants(entry.headers, entry.body, Boolean(entry.stamp));
    return entry.variants;
  };

  const lookup = (key: string): Entry | undefined => {
    const hit = entries.get(key);
    if (!hit) return undefined;
    if (now() < hit.expiresAt) return hit;
    entries.delete(key);
    return undefined;
  };

  const serve: HtmlCache['serve'] = (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    const url = req.url ?? '';
    if (url.includes('?')) return false;
    const entry = lookup(url);
    if (!entry) return false;
    freshStamp(entry);
    const variant = compress(entry)[pickEncoding(req.headers['accept-encoding'])];
    res.writeHead(200, variant.headers);
    res.end(variant.body);
    hits += 1;
    return true;
  };

  const middleware: RequestHandler = (req, res, next) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || req.originalUrl.includes('?')) return next();
    const key = req.path;
    if (lookup(key)) {
      // Reached only when Express runs before the fast path (tests that mount the app alone).
      if (serve(req, res)) return;
    }

    const renderStarted = (generation += 1);
    const chunks: Buffer[] = [];
    let headers: [string, string][] | null = null;
    const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => Response;
    const write = res.write.bind(res) as (...args: unknown[]) => boolean;
    const end = res.end.bind(res) as (...args: unknown[]) => Response;

    const capture = (chunk: unknown, encoding?: unknown) => {
      if (chunk == null || typeof chunk === 'function') return;
      chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string, (typeof encoding === 'string' ? encoding : 'utf8') as BufferEncoding));
    };
    const stripPrivate = () => {
      const read = (name: string) => {
        const value = res.getHeader(name);
        res.removeHeader(name);
        return value === undefined ? null : String(value);
      };
      const until = read(CACHE_UNTIL_HEADER);
      return { tags: read(CACHE_TAGS_HEADER), until: until ? Number(until) : null, fillTime: read(CACHE_FILL_TIME_HEADER) };
    };
    let meta: ReturnType<typeof stripPrivate> | null = null;

    res.writeHead = ((...args: unknown[]) => {
      // Headers passed directly to writeHead (Astro does) are merged into the response first.
      const last = args[args.length - 1];
      if (last && typeof last === 'object' && !Array.isArray(last)) {
        for (const [name, value] of Object.entries(last as Record<string, unknown>)) if (value !== undefined) res.setHeader(name, value as string);
        args = args.slice(0, -1);
      }
      // end() may come first (Express's send) and has read them already.
      meta ??= stripPrivate();
      headers = [];
      for (const [name, value] of Object.entries(res.getHeaders())) {
        if (value === undefined || DROPPED_HEADERS.includes(name)) continue;
        for (const one of Array.isArray(value) ? value : [value]) headers.push([name, String(one)]);
      }
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
      if (cacheable && req.method === 'GET' && key.length <= 200 && CACHEABLE_PATH.test(key)) {
        const body = Buffer.concat(chunks);
        const kept = headers ?? [];
        const tags = meta.tags!.split(',').map((t) => t.trim());
        // An edit invalidated what this page shows while it was rendered: do not keep it.
        if (!tags.some((tag) => (invalidatedAt.get(tag) ?? -1) > renderStarted)) {
          const stamp = findStamp(body, meta.fillTime);
          const expiresAt = Math.min(meta.until ?? Number.POSITIVE_INFINITY, now() + maxAgeMs);
          entries.delete(key);
          if (entries.size >= maxEntries) entries.delete(entries.keys().next().value as string);
          const entry: Entry = { headers: kept, tags, expiresAt, body, variants: null, stamp };
          entries.set(key, entry);
          // Compressing (brotli at its best) takes a while: after this answer has gone out. A page
          // with a fill-time field is compressed at each hit's second instead (freshStamp).
          if (!stamp) setImmediate(() => compress(entry));
        }
      }
      return result;
    }) as typeof res.end;
    res.setHeader('X-Cache', 'MISS');
    next();
  };

  function invalidate(tags: string[]): number {
    let dropped = 0;
    const wanted = new Set(tags);
    generation += 1;
    for (const tag of wanted) invalidatedAt.set(tag, generation);
    for (const [key, entry] of entries) {
      if (entry.tags.some((tag) => wanted.has(tag))) {
        entries.delete(key);
        dropped += 1;
      }
    }
    return dropped;
  }

  const unsubscribe = onCacheInvalidate((tags) => invalidate(tags));
  const close = () => {
    unsubscribe();
    clearInterval(hitLog);
    logHits();
  };
  return { middleware, serve, invalidate, size: () => entries.size, clear: () => entries.clear(), close };
}
