import { execFileSync } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { describe, expect, test } from 'vitest';
import { attachClientAddress, CLIENT_ADDRESS_HEADER, clientAddressOf } from '../../server/clientAddress';

async function addressSeen(trustProxy: boolean | number, headers: Record<string, string>): Promise<string | undefined> {
  const app = express();
  app.set('trust proxy', trustProxy);
  app.use(attachClientAddress);
  app.get('/', (req, res) => {
    res.json({ address: clientAddressOf(req) ?? null });
  });
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  try {
    const { port } = server.address() as AddressInfo;
    const response = await fetch(`http://127.0.0.1:${port}/`, { headers });
    return ((await response.json()) as { address: string | null }).address ?? undefined;
  } finally {
    server.close();
  }
}

describe('clientAddress', () => {
  test('ignores X-Forwarded-For without TRUST_PROXY', async () => {
    expect(await addressSeen(false, { 'x-forwarded-for': '10.9.1.1' })).toMatch(/127\.0\.0\.1$/);
  });

  test('drops a client-sent internal header', async () => {
    expect(await addressSeen(false, { [CLIENT_ADDRESS_HEADER]: '10.9.9.9' })).toMatch(/127\.0\.0\.1$/);
  });

  test('with one trusted hop takes only the address the proxy appended', async () => {
    expect(await addressSeen(1, { 'x-forwarded-for': '10.9.1.1, 203.0.113.7' })).toBe('203.0.113.7');
  });

  test('reads the decided address from Fetch headers', () => {
    expect(clientAddressOf(new Headers({ [CLIENT_ADDRESS_HEADER]: '203.0.113.9' }))).toBe('203.0.113.9');
  });

  test('no other source file reads forwarded headers or Astro.clientAddress', () => {
    let hits = '';
    try {
      hits = execFileSync('git', ['grep', '-il', '-e', 'x-forwarded-for', '-e', 'Astro.clientAddress', '--', 'cms', 'site', 'server', 'server.ts'], { encoding: 'utf8' });
    } catch {
      hits = ''; // git grep exits 1 when nothing matches
    }
    const files = hits.split('\n').filter(Boolean);
    expect(files).toEqual(['server/clientAddress.ts']);
  });
});
