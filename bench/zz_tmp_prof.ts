import express from 'express';
import { createBeaconIngest } from '../server/beaconRoute';
import { runIngest } from '../cms/analytics/ingest';
import { BROWSER_UA } from '../test/helpers/postBeacons';
import { startTestPayload } from '../test/helpers/testPayload';
process.env.LOG_LEVEL = 'silent';
const t = await startTestPayload();
const { default: autocannon } = (await import('autocannon' as string)) as any;
const registry = { hasRoute: () => true, hasSource: () => true };
const modes: Record<string, express.RequestHandler> = {
  trivial: (req, res) => { req.resume(); req.on('end', () => res.status(204).end()); },
  read: (req, res) => { const c: Buffer[] = []; req.on('data', (d) => c.push(d)); req.on('end', () => { Buffer.concat(c); res.status(204).end(); }); },
  ingestOnly: (req, res) => { const c: Buffer[] = []; req.on('data', (d) => c.push(d)); req.on('end', () => { runIngest({ raw: Buffer.concat(c), userAgent: req.headers['user-agent'], registry, day: '2024-01-01' }); res.status(204).end(); }); },
  fixedRegistry: createBeaconIngest({ payload: t.payload, log: { info() {}, warn() {}, error() {} }, registry, write: async () => 0 }).handler,
  full: createBeaconIngest({ payload: t.payload, log: { info() {}, warn() {}, error() {} } }).handler,
};
const body = JSON.stringify({ route: 'home', event: 'pageview', newVisit: true, firstToday: true, returning: false });
for (const mode of (process.argv[2] ?? 'trivial,read,ingestOnly,fixedRegistry,full').split(',')) {
  const app = express();
  app.post('/beacon', modes[mode]!);
  const server = app.listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  const url = `http://127.0.0.1:${(server.address() as any).port}/beacon`;
  const r = await autocannon({ url, method: 'POST', connections: 50, duration: 3, headers: { 'content-type': 'text/plain', 'user-agent': BROWSER_UA }, body, workers: 1 });
  console.log(mode, 'rps', Math.round(r['2xx'] / r.duration), 'non2xx', r.non2xx, 'errors', r.errors);
  server.closeAllConnections(); server.close();
}
await t.close(); process.exit(0);
