import fs from 'node:fs';
import path from 'node:path';
import { createClient } from '@libsql/client';
import { afterAll, describe, expect, test } from 'vitest';
import { type BuiltServer, startBuiltServer } from '../helpers/builtServer';

let server: BuiltServer | undefined;
afterAll(() => {
  if (server) fs.rmSync(server.dataDir, { recursive: true, force: true });
});

const BEACON = JSON.stringify({ route: 'home', event: 'pageview', newVisit: true, firstToday: true, returning: false });
const UA = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36';

describe('graceful shutdown of the built server', () => {
  test('SIGTERM in the middle of a beacon load: every answered beacon is counted, nothing else', async () => {
    server = await startBuiltServer();
    const url = `${server.url}/beacon`;
    let answered = 0;
    let stopped: Promise<number | null> | null = null;
    const send = async () => {
      const res = await fetch(url, { method: 'POST', body: BEACON, headers: { 'content-type': 'text/plain', 'user-agent': UA } }).catch(() => null);
      if (res?.status === 204) answered += 1;
    };
    // 50 concurrent senders; SIGTERM goes out once 1,500 beacons were answered.
    await Promise.all(
      Array.from({ length: 50 }, async () => {
        for (let i = 0; i < 80; i++) {
          await send();
          if (answered >= 1_500 && !stopped) stopped = server!.stop('SIGTERM', { keepData: true });
        }
      }),
    );
    const code = await (stopped ?? server.stop('SIGTERM', { keepData: true }));
    expect(code).toBe(0);
    expect(answered).toBeGreaterThanOrEqual(1_500);

    const db = createClient({ url: `file:${path.join(server.dataDir, 'portal.db')}` });
    const { rows } = await db.execute("SELECT COALESCE(SUM(count), 0) AS n FROM analytics_counters WHERE metric = 'pageviews' AND key = 'home'");
    db.close();
    expect(Number(rows[0]!.n)).toBe(answered);
  });
});
