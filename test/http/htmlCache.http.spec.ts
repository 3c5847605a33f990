import http, { createServer, type Server } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import express from 'express';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createHtmlCache, type HtmlCache, MAX_AGE_MS } from '../../server/htmlCache';
import { request } from '../helpers/manyProcesses';

let server: Server;
let base: string;
let cache: HtmlCache;
let clock = Date.now();
let renders = 0;
let slowStarted = false;
let finishSlowRender = () => {};
const slowRender = new Promise<void>((resolve) => (finishSlowRender = resolve));

beforeAll(async () => {
  cache = createHtmlCache(() => clock);
  const app = express();
  app.use((_req, res, next) => {
    res.setHeader('X-Frame-Options', 'DENY');
    next();
  });
  app.use(cache.middleware);
  app.get('/pagina', (_req, res) => {
    renders++;
    res.setHeader('x-cache-tags', 'global,page:/pagina');
    res.type('html').send(`<h1>Pagina ${renders}</h1>`);
  });
  app.get('/formulier', (_req, res) => {
    renders++;
    res.setHeader('x-cache-tags', 'global,groups');
    res.setHeader('x-cache-fill-time', 'startedAt');
    res.setHeader('x-cache-until', String(clock + 60_000));
    res.type('html').send(`<form><input type="hidden" name="startedAt" value="${clock}" /></form>`);
  });
  app.get('/traag', async (_req, res) => {
    slowStarted = true;
    await slowRender;
    res.setHeader('x-cache-tags', 'groups');
    res.type('html').send('<p>traag</p>');
  });
  app.get('/prive', (_req, res) => {
    res.setHeader('x-cache-tags', 'global');
    res.setHeader('Cache-Control', 'no-store');
    res.type('html').send('<p>prive</p>');
  });
  // As in startServer: the cache answers hits before Express.
  server = createServer((req, res) => {
    if (!cache.serve(req, res)) app(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});
afterAll(async () => {
  cache.close();
  await new Promise((resolve) => server.close(resolve));
});

/** A GET that keeps the body as sent (fetch would decode it). */
function rawGet(url: string, headers: Record<string, string>): Promise<{ headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers, agent: false }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
      })
      .on('error', reject);
  });
}

describe('createHtmlCache', () => {
  test('answers a hit before Express with the headers the page was rendered with, precompressed', async () => {
    const miss = await request(`${base}/pagina`);
    expect(miss.headers['x-cache']).toBe('MISS');
    expect(miss.headers['x-cache-tags']).toBeUndefined();
    const rendered = renders;
    const plain = await request(`${base}/pagina`);
    expect(plain).toMatchObject({ status: 200, body: `<h1>Pagina ${rendered}</h1>` });
    expect(plain.headers).toMatchObject({ 'x-cache': 'HIT', 'x-frame-options': 'DENY', vary: 'Accept-Encoding' });
    expect(plain.headers['x-cache-tags']).toBeUndefined();
    expect(renders).toBe(rendered);

    for (const [encoding, decode] of [['gzip', gunzipSync], ['br', brotliDecompressSync]] as const) {
      const res = await rawGet(`${base}/pagina`, { 'accept-encoding': `${encoding}, deflate` });
      expect(res.headers['content-encoding']).toBe(encoding);
      expect(Number(res.headers['content-length'])).toBe(res.body.length);
      expect(decode(res.body).toString()).toBe(`<h1>Pagina ${rendered}</h1>`);
    }
    const head = await request(`${base}/pagina`, { method: 'HEAD' });
    expect(head).toMatchObject({ status: 200, body: '' });
  });

  test('drops pages by tag, and every page after MAX_AGE_MS whatever happens', async () => {
    await request(`${base}/pagina`);
    expect(cache.invalidate(['modules'])).toBe(0);
    expect(cache.invalidate(['page:/pagina'])).toBe(1);
    expect((await request(`${base}/pagina`)).headers['x-cache']).toBe('MISS');
    expect((await request(`${base}/pagina`)).headers['x-cache']).toBe('HIT');
    clock += MAX_AGE_MS + 1;
    expect((await request(`${base}/pagina`)).headers['x-cache']).toBe('MISS');
  });

  test("a cached form's fill-time field shows the current time on every hit, and the page ends at x-cache-until", async () => {
    const first = await request(`${base}/formulier`);
    expect(first.headers['x-cache']).toBe('MISS');
    clock += 5_000;
    const hit = await request(`${base}/formulier`);
    expect(hit.headers['x-cache']).toBe('HIT');
    expect(hit.body).toBe(`<form><input type="hidden" name="startedAt" value="${clock}" /></form>`);
    expect(Number(hit.headers['content-length'])).toBe(Buffer.byteLength(hit.body));
    clock += 60_000;
    expect((await request(`${base}/formulier`)).headers['x-cache']).toBe('MISS');
  });

  test('a page whose tags were invalidated while it was rendered is answered but not stored', async () => {
    const answer = request(`${base}/traag`);
    while (!slowStarted) await new Promise((resolve) => setTimeout(resolve, 10));
    cache.invalidate(['groups']);
    finishSlowRender();
    expect((await answer).status).toBe(200);
    expect((await request(`${base}/traag`)).headers['x-cache']).toBe('MISS');
    expect((await request(`${base}/traag`)).headers['x-cache']).toBe('HIT');
  });

  test('stores one spelling of a path only, and at most MAX_ENTRIES pages', async () => {
    await request(`${base}/%70agina`);
    expect((await request(`${base}/%70agina`)).headers['x-cache']).toBe('MISS');
    const small = createHtmlCache(() => clock, MAX_AGE_MS, 2);
    const app = express();
    app.use(small.middleware);
    app.get('/:name', (req, res) => {
      res.setHeader('x-cache-tags', 'global');
      res.type('html').send(req.params.name);
    });
    const tiny = createServer((req, res) => {
      if (!small.serve(req, res)) app(req, res);
    });
    await new Promise<void>((resolve) => tiny.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(tiny.address() as { port: number }).port}`;
    for (const name of ['een', 'twee', 'drie']) await request(`${url}/${name}`);
    expect(small.size()).toBe(2);
    expect((await request(`${url}/een`)).headers['x-cache']).toBe('MISS');
    expect((await request(`${url}/drie`)).headers['x-cache']).toBe('HIT');
    small.close();
    await new Promise((resolve) => tiny.close(resolve));
  });

  test('never stores a no-store page or a request with a query string', async () => {
    await request(`${base}/prive`);
    expect((await request(`${base}/prive`)).headers['x-cache']).toBe('MISS');
    await request(`${base}/pagina?voorbeeld=1`);
    expect((await request(`${base}/pagina?voorbeeld=1`)).headers['x-cache']).not.toBe('HIT');
  });

  test('counts hits instead of logging each one: one line with the count, no path or address', async () => {
    const counted = createHtmlCache(() => clock);
    const app = express();
    app.use(counted.middleware);
    app.get('/teller', (_req, res) => {
      res.setHeader('x-cache-tags', 'global');
      res.type('html').send('<p>teller</p>');
    });
    const small = createServer((req, res) => {
      if (!counted.serve(req, res)) app(req, res);
    });
    await new Promise<void>((resolve) => small.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(small.address() as { port: number }).port}/teller`;
    const lines: string[] = [];
    const write = process.stdout.write.bind(process.stdout);
    const level = process.env.LOG_LEVEL;
    process.env.LOG_LEVEL = 'info';
    process.stdout.write = ((chunk: string | Uint8Array, ...rest: never[]) => {
      lines.push(String(chunk));
      return write(chunk, ...rest);
    }) as typeof process.stdout.write;
    try {
      await request(url);
      for (let i = 0; i < 5; i++) expect((await request(url)).headers['x-cache']).toBe('HIT');
      expect(lines.filter((line) => line.includes('/teller'))).toEqual([]);
      counted.close();
    } finally {
      process.stdout.write = write;
      if (level === undefined) delete process.env.LOG_LEVEL;
      else process.env.LOG_LEVEL = level;
      await new Promise((resolve) => small.close(resolve));
    }
    const summary = lines.map((line) => JSON.parse(line) as Record<string, unknown>).filter((entry) => entry.msg === 'cached pages served');
    expect(summary).toHaveLength(1);
    expect(summary[0]?.count).toBe(5);
  });
});
