import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RequestHandler } from 'express';

/** Public forms: larger than any form on the site can honestly be (see site/lib/readForm.ts). */
export const PUBLIC_BODY_LIMIT = 64 * 1024;
/** Staff requests to the admin and API (autosaved documents with long rich text). */
export const STAFF_BODY_LIMIT = 4 * 1024 * 1024;
/** Staff uploads to the media library. */
export const STAFF_UPLOAD_LIMIT = 25 * 1024 * 1024;

const STAFF_AREA = /^\/(?:admin|api)(?:\/|$)/;
const UPLOAD_AREA = /^\/api\/media(?:\/|$)/;

/**
 * Whether a request carries staff credentials at all. Not a proof (the session is verified
 * later, by Payload); it only decides which cap applies, so a forged cookie buys at most the
 * staff cap, never an unbounded body.
 */
function hasCredentials(req: IncomingMessage): boolean {
  return Boolean(req.headers.authorization) || /(?:^|;\s*)payload-token=/.test(req.headers.cookie ?? '');
}

/** The largest body accepted for this request, in bytes. */
export function bodyLimitFor(req: IncomingMessage, path: string): number {
  if (!STAFF_AREA.test(path) || !hasCredentials(req)) return PUBLIC_BODY_LIMIT;
  return UPLOAD_AREA.test(path) ? STAFF_UPLOAD_LIMIT : STAFF_BODY_LIMIT;
}

/** How long a refused connection may still deliver (and have discarded) data before it is cut. */
const LINGER_MS = 2_000;

/**
 * Closes the connection of a request whose body was not read to the end, once its answer is
 * out: our side is closed at once (the client sees the end of the stream), the socket is cut
 * shortly after. Cutting it at once could reset the connection before the client has read the
 * answer; reading on would let a client stream gigabytes into the void.
 */
function closeAfterAnswer(req: IncomingMessage): void {
  const socket = req.socket;
  if (socket.destroyed) return;
  socket.end();
  setTimeout(() => socket.destroy(), LINGER_MS).unref();
}

/**
 * Answers 413 and closes the connection. Whatever handler is waiting for the body sees the
 * request aborted; it never receives a truncated body that could pass for a complete one.
 */
export function refuseTooLarge(req: IncomingMessage, res: ServerResponse): void {
  if (res.headersSent) {
    req.socket.destroy();
    return;
  }
  const body = 'De verzonden gegevens zijn te groot.';
  res.writeHead(413, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
    Connection: 'close',
  });
  res.end(body, () => closeAfterAnswer(req));
  ignoreLateWrites(res);
}

/**
 * The handler that was waiting for the body (Next, Astro) still runs and answers the aborted
 * request; its writes to a response that is already sent are ignored instead of throwing
 * ERR_HTTP_HEADERS_SENT into the error log for every refused upload.
 */
function ignoreLateWrites(res: ServerResponse): void {
  const ignored = res as unknown as Record<string, unknown>;
  ignored.setHeader = () => res;
  ignored.removeHeader = () => undefined;
  ignored.writeHead = () => res;
  ignored.flushHeaders = () => undefined;
  ignored.write = (...args: unknown[]) => {
    const callback = args.find((arg) => typeof arg === 'function') as (() => void) | undefined;
    callback?.();
    return true;
  };
  ignored.end = (...args: unknown[]) => {
    const callback = args.find((arg) => typeof arg === 'function') as (() => void) | undefined;
    callback?.();
    return res;
  };
}

/**
 * Caps every request body while it streams in, whoever reads it later (Astro's forms, Next's
 * Payload routes): a declared Content-Length over the cap is refused before a byte is read, and
 * a chunked body is counted chunk by chunk as the HTTP parser delivers it. The moment the count
 * passes the cap the client gets 413 and the socket is closed, so at most one chunk beyond the
 * cap is ever held in memory. Must run before anything reads the body.
 */
export const capRequestBodies: RequestHandler = (req, res, next) => {
  const limit = bodyLimitFor(req, req.path);
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) {
    refuseTooLarge(req, res);
    return;
  }
  // The parser hands each body chunk to `push`; counting there sees every byte, before any
  // consumer buffers it. Bytes the parser already delivered are in readableLength.
  let received = req.readableLength;
  let refused = false;
  const push = req.push.bind(req);
  req.push = (chunk: unknown, encoding?: BufferEncoding) => {
    if (refused) return false;
    if (chunk !== null && chunk !== undefined) {
      received += (chunk as Buffer).length;
      if (received > limit) {
        refused = true;
        refuseTooLarge(req, res);
        return false;
      }
    }
    return push(chunk, encoding);
  };
  if (received > limit) {
    refused = true;
    refuseTooLarge(req, res);
    return;
  }
  // A route may answer without reading the body (a refusal, a 404). Node would then read and
  // discard the rest of the body, however long; close the connection instead.
  res.once('finish', () => {
    if (!req.complete && !refused) closeAfterAnswer(req);
  });
  next();
};
