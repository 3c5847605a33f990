import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { bodyLimitFor, capRequestBodies, PUBLIC_BODY_LIMIT, STAFF_BODY_LIMIT, STAFF_UPLOAD_LIMIT } from '../../server/capRequestBodies';

let port = 0;
let server: ReturnType<express.Express['listen']>;
/** Bytes each handler saw in full, in order: a refused body must never show up here. */
const completed: number[] = [];

beforeAll(async () => {
  const app = express();
  app.use(capRequestBodies);
  app.all('/*splat', (req, res) => {
    let size = 0;
    req.on('data', (chunk: Buffer) => (size += chunk.length));
    req.on('end', () => {
      completed.push(size);
      res.status(200).json({ size });
    });
    req.on('error', () => undefined);
  });
  server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => {
  server.close();
});

/**
 * Streams `total` bytes in `chunk`-sized pieces with chunked transfer encoding (no
 * Content-Length), as fast as the socket takes them. Resolves with the status, the bytes the
 * client managed to write and whether the server closed the connection.
 */
function postChunked(path: string, total: number, chunk = 16 * 1024, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; written: number; closed: boolean; body: string }>((resolve, reject) => {
    let written = 0;
    let status = 0;
    let body = '';
    const req = httpRequest({ host: '127.0.0.1', port, path, method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers } });
    req.on('response', (res) => {
      status = res.statusCode ?? 0;
      res.on('data', (d) => (body += d));
      res.on('end', () => resolve({ status, written, closed: res.headers.connection === 'close', body }));
    });
    req.on('error', (error) => (status ? resolve({ status, written, closed: true, body }) : reject(error)));
    const piece = Buffer.alloc(chunk, 'a');
    const pump = () => {
      while (written < total) {
        written += piece.length;
        if (!req.write(piece)) return void req.once('drain', pump);
      }
      req.end();
    };
    pump();
  });
}

describe('capRequestBodies', () => {
  test('answers 413 and closes the connection as soon as a chunked public body passes 64 KB', async () => {
    const before = completed.length;
    const result = await postChunked('/lotgenotengroepen/amsterdam', 256 * 1024 * 1024);
    expect(result.status).toBe(413);
    expect(result.closed).toBe(true);
    expect(result.body).toContain('te groot');
    // The client could not push anywhere near the 256 MB it meant to send…
    expect(result.written).toBeLessThan(64 * 1024 * 1024);
    // …and the handler never received a (truncated) body as if it were complete.
    expect(completed.slice(before)).toEqual([]);
  });

  test('refuses a declared Content-Length over the cap before reading anything', async () => {
    const res = await fetch(`http://127.0.0.1:${port}/beacon-or-form`, { method: 'POST', headers: { 'content-length': String(PUBLIC_BODY_LIMIT + 1) }, body: 'x'.repeat(PUBLIC_BODY_LIMIT + 1) });
    expect(res.status).toBe(413);
    expect(res.headers.get('connection')).toBe('close');
  });

  test('passes a body at the cap through whole, also when chunked', async () => {
    const result = await postChunked('/form', PUBLIC_BODY_LIMIT, 1024);
    expect(result.status).toBe(200);
    expect(JSON.parse(result.body)).toEqual({ size: PUBLIC_BODY_LIMIT });
  });

  test('gives anonymous API requests the public cap and staff requests a larger one', async () => {
    const anonymous = await postChunked('/api/users/login', PUBLIC_BODY_LIMIT * 4);
    expect(anonymous.status).toBe(413);
    const staff = await postChunked('/api/pages', PUBLIC_BODY_LIMIT * 4, 16 * 1024, { cookie: 'payload-token=abc' });
    expect(staff.status).toBe(200);
    const tooMuch = await postChunked('/api/pages', STAFF_BODY_LIMIT + 64 * 1024, 64 * 1024, { cookie: 'payload-token=abc' });
    expect(tooMuch.status).toBe(413);
  });

  test('chooses the cap by area and credentials', () => {
    const req = (headers: Record<string, string>) => ({ headers }) as never;
    expect(bodyLimitFor(req({}), '/lotgenotengroepen/x')).toBe(PUBLIC_BODY_LIMIT);
    expect(bodyLimitFor(req({ cookie: 'payload-token=x' }), '/lotgenotengroepen/x')).toBe(PUBLIC_BODY_LIMIT);
    expect(bodyLimitFor(req({}), '/api/media')).toBe(PUBLIC_BODY_LIMIT);
    expect(bodyLimitFor(req({ authorization: 'users API-Key x' }), '/api/media')).toBe(STAFF_UPLOAD_LIMIT);
    expect(bodyLimitFor(req({ cookie: 'a=1; payload-token=x' }), '/admin/collections/pages/1')).toBe(STAFF_BODY_LIMIT);
    expect(bodyLimitFor(req({ cookie: 'not-payload-token=x' }), '/api/pages')).toBe(PUBLIC_BODY_LIMIT);
  });
});
