import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/testServer';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.stop();
});

describe('public site', () => {
  test('serves the home page with content from the CMS', async () => {
    const res = await server.get('/');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('Ik maak me zorgen over mijzelf');
    expect(html).toContain('0800-266 64 36');
  });

  test('shows a Local API edit of the home page on the next request', async () => {
    const before = await (await server.get('/')).text();
    expect(before).not.toContain('Nieuwe kop uit de test');
    const { docs } = await server.payload.find({ collection: 'pages', where: { path: { equals: '/' } }, depth: 0, overrideAccess: true });
    const home = docs[0]!;
    const layout = (home.layout as { blockType: string; heading?: string }[]).map((b, i) => (i === 0 ? { ...b, heading: 'Nieuwe kop uit de test' } : b));
    await server.payload.update({ collection: 'pages', id: home.id, data: { layout, _status: 'published' } as never, overrideAccess: true });
    const after = await server.get('/');
    expect(after.headers.get('x-cache')).toBe('MISS');
    expect(await after.text()).toContain('Nieuwe kop uit de test');
  });

  test('sets no cookie and strict security headers on public pages', async () => {
    for (const url of ['/', '/zelfhulp', '/zelfhulp/triggers', '/privacy', '/bestaat-niet']) {
      const res = await server.get(url);
      expect(res.headers.get('set-cookie'), url).toBeNull();
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self';");
      expect(csp).not.toContain('unsafe-inline');
      expect(csp).toContain("frame-ancestors 'none'");
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('permissions-policy')).toContain('camera=()');
    }
  });

  test('emits no inline executable script on public pages', async () => {
    const html = await (await server.get('/zelfhulp/triggers')).text();
    const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>/g)].filter((m) => !/application\/(ld\+)?json/.test(m[1] ?? ''));
    expect(inline).toEqual([]);
  });

  test('serves hashed assets with a long-lived immutable cache', async () => {
    const html = await (await server.get('/')).text();
    const asset = html.match(/\/_astro\/[^"]+\.css/)?.[0];
    expect(asset).toBeTruthy();
    const res = await server.get(asset!);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toContain('immutable');
    expect(res.headers.get('cache-control')).toContain('max-age=31536000');
  });
});

describe('healthz', () => {
  test('answers 200 with JSON when the database answers', async () => {
    const res = await server.get('/healthz');
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok' });
  });

  test('answers 503 when the database file is made unreadable, and the server keeps running', async () => {
    const file = path.join(server.dataDir, fs.readdirSync(server.dataDir).find((f) => f.endsWith('.db'))!);
    fs.chmodSync(file, 0o000);
    try {
      const res = await server.get('/healthz');
      expect(res.status).toBe(503);
      expect(await res.json()).toMatchObject({ status: 'unavailable' });
    } finally {
      fs.chmodSync(file, 0o644);
    }
    expect((await server.get('/healthz')).status).toBe(200);
    expect((await server.get('/privacy')).status).toBe(200);
  });
});

describe('request log', () => {
  test('never contains the client address, user agent or query string', async () => {
    const lines: string[] = [];
    const original = process.stdout.write.bind(process.stdout);
    const previousLevel = process.env.LOG_LEVEL;
    process.env.LOG_LEVEL = 'info';
    process.stdout.write = ((chunk: string | Uint8Array) => {
      lines.push(String(chunk));
      return true;
    }) as typeof process.stdout.write;
    try {
      const res = await server.get('/stop-kindermisbruik?bron=banner-netwerk-a&x=geheim', { headers: { 'user-agent': 'UniqueAgent/9.9', 'x-forwarded-for': '203.0.113.7' } });
      await res.text();
      // The line is written when the response finishes on the server side.
      await new Promise((resolve) => setTimeout(resolve, 50));
    } finally {
      process.stdout.write = original;
      process.env.LOG_LEVEL = previousLevel;
    }
    const log = lines.join('');
    expect(log).toContain('"path":"/stop-kindermisbruik"');
    expect(log).not.toMatch(/UniqueAgent|203\.0\.113\.7|127\.0\.0\.1|::1|bron=|geheim/);
  });
});
