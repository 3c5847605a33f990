import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type BuiltServer, startBuiltServer } from '../helpers/builtServer';
import { beaconBurst, openPortalDb, request, scalar, timeUntil } from '../helpers/manyProcesses';

/** The JSON log lines a process tree printed with this message. */
function logLines(server: BuiltServer, msg: string): Record<string, unknown>[] {
  return server
    .output()
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as Record<string, unknown>)
    .filter((line) => line.msg === msg);
}

let server: BuiltServer;
beforeAll(async () => {
  server = await startBuiltServer({ WEB_CONCURRENCY: '2' });
}, 300_000);
afterAll(async () => {
  await server?.stop('SIGTERM');
});

describe('WEB_CONCURRENCY=2 (node:cluster)', () => {
  test('two web workers serve the port; exactly one runs the background work', async () => {
    const listening = logLines(server, 'listening');
    expect(listening).toHaveLength(2);
    expect(listening.filter((line) => line.jobs === true)).toHaveLength(1);
    expect(new Set(listening.map((line) => line.pid)).size).toBe(2);
    expect(listening.map((line) => line.pid)).not.toContain(server.pid);
    expect(logLines(server, 'emails are sent via files in ' + server.dataDir + '/mail (SMTP_URL is not set)')).toHaveLength(1);
    for (let i = 0; i < 6; i++) expect((await request(`${server.url}/zelfhulp/triggers`)).status).toBe(200);
  });

  test('workers start one after the other, the job worker last: the first answers as a single process would', () => {
    const steps = server
      .output()
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as Record<string, unknown>)
      .filter((line) => line.msg === 'worker starting' || line.msg === 'listening')
      .slice(0, 4)
      .map((line) => `${line.msg} ${line.jobs}`);
    expect(steps).toEqual(['worker starting false', 'listening false', 'worker starting true', 'listening true']);
  });

  test('a worker that dies is replaced; the job worker is replaced by a job worker', async () => {
    const [jobWorker] = logLines(server, 'listening').filter((line) => line.jobs === true);
    process.kill(Number(jobWorker!.pid), 'SIGKILL');
    await timeUntil(async () => logLines(server, 'listening').length === 3, 120_000, 250);
    const replacement = logLines(server, 'listening')[2]!;
    expect(replacement.jobs).toBe(true);
    expect(server.output()).toContain('worker exited; starting a new one');
    expect((await request(`${server.url}/healthz`)).status).toBe(200);
  });

  test('SIGTERM to the primary during a beacon burst: every worker flushes, counted == answered, exit 0', async () => {
    const burst = beaconBurst([{ url: server.url, route: 'course' }], 30);
    await timeUntil(async () => burst.answered[0]!.length >= 1_000, 60_000);
    const code = await server.stop('SIGTERM', { keepData: true });
    await burst.stop();
    expect(code).toBe(0);
    const db = openPortalDb(server.dataDir);
    const counted = await scalar(db, "SELECT COALESCE(SUM(count), 0) FROM analytics_counters WHERE metric = 'pageviews' AND key = 'course'");
    db.close();
    fs.rmSync(server.dataDir, { recursive: true, force: true });
    expect(counted).toBe(burst.answered[0]!.length);
  });
});
