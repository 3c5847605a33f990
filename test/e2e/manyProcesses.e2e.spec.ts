import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Client } from '@libsql/client';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type BuiltServer, startBuiltServer } from '../helpers/builtServer';
import { fiveMeetings } from '../helpers/groupFixtures';
import { firstAdminToken } from '../helpers/firstAdminToken';
import { api, beaconBody, beaconBurst, openPortalDb, postForm, request, scalar, timeUntil } from '../helpers/manyProcesses';
import { BROWSER_UA } from '../helpers/postBeacons';
import { type SmtpCapture, startSmtpCapture } from '../helpers/smtpCapture';

/*
 * Two server processes on one SQLite file (WAL), standing in for several instances on MongoDB:
 * each runs the site, the admin API and the background jobs, exactly as `npm start` does. The
 * tests run in order and share the two processes (starting them is the slow part).
 */

let dataDir: string;
let smtp: SmtpCapture;
let a: BuiltServer;
let b: BuiltServer;
let db: Client;
let token: string;

const env = () => ({ SMTP_URL: smtp.url, MAIL_FROM: 'hulp@example.org' });
const startBoth = () => Promise.all([startBuiltServer(env(), { dataDir }), startBuiltServer(env(), { dataDir })]);

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sin-many-'));
  smtp = await startSmtpCapture();
  // A slow mail server: every message takes 300 ms.
  smtp.delayMs = 300;
  // Both at once, on an empty data folder.
  [a, b] = await startBoth();
  db = openPortalDb(dataDir);
}, 300_000);

afterAll(async () => {
  db?.close();
  await Promise.all([a?.stop('SIGTERM', { keepData: true }), b?.stop('SIGTERM', { keepData: true })]);
  await smtp?.close();
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
});

const GROUP = { audience: 'Partners en ex-partners.', format: 'online', meetingLink: 'https://meet.example.org/groep', signupOpen: true, published: true };

async function createGroup(slug: string, capacity: number): Promise<number> {
  const made = await api<{ doc: { id: number } }>(a.url, token, 'POST', '/api/groups', {
    ...GROUP,
    title: `Groep ${slug}`,
    slug,
    capacity,
    meetings: fiveMeetings(new Date(), 21),
  });
  return made.doc.id;
}

function signupFields(email: string): Record<string, string> {
  return { name: 'Sam', email, phone: '', relation: 'partner', message: '', consent: 'on', consentVersion: '2026-11', website: '', startedAt: String(Date.now() - 10_000) };
}

describe('many processes, one database', () => {
  test('two fresh processes started at once on an empty data folder both serve, with one set of seeded content', async () => {
    for (const server of [a, b]) {
      expect((await request(`${server.url}/healthz`)).status).toBe(200);
      expect((await request(`${server.url}/zelfhulp/triggers`)).status).toBe(200);
    }
    expect(await scalar(db, 'SELECT COUNT(*) FROM modules')).toBe(17);
    expect(await scalar(db, 'SELECT COUNT(DISTINCT slug) FROM modules')).toBe(17);
    expect(await scalar(db, 'SELECT COUNT(*) FROM (SELECT path FROM pages GROUP BY path HAVING COUNT(*) > 1)')).toBe(0);
    expect(await scalar(db, 'SELECT COUNT(*) FROM (SELECT slug FROM groups GROUP BY slug HAVING COUNT(*) > 1)')).toBe(0);
    expect(await scalar(db, 'SELECT COUNT(*) FROM (SELECT name FROM payload_migrations GROUP BY name HAVING COUNT(*) > 1)')).toBe(0);
    // One of them set the database up; the other waited for it.
    const seeded = [a, b].filter((s) => s.output().includes('seeded demo content'));
    expect(seeded).toHaveLength(1);
    expect([a, b].find((s) => s !== seeded[0])!.output()).toContain('waiting for another process to finish setting up the database');
  });

  test('an edit published on A is served by B within 2 s', async () => {
    token = await firstAdminToken(a.url);
    const { docs } = await api<{ docs: { id: number; seo: Record<string, unknown> }[] }>(a.url, token, 'GET', '/api/pages?where[path][equals]=/over-ons&depth=0');
    const page = docs[0]!;
    await request(`${b.url}/over-ons`);
    expect((await request(`${b.url}/over-ons`)).headers['x-cache']).toBe('HIT');

    const title = `Over ons, bijgewerkt ${Date.now()}`;
    await api(a.url, token, 'PATCH', `/api/pages/${page.id}`, { seo: { ...page.seo, title }, _status: 'published' });
    const took = await timeUntil(async () => (await request(`${b.url}/over-ons`)).body.includes(title), 10_000);
    expect(took).toBeLessThan(2_000);
  });

  test("a campaign source created on A is accepted by B's beacon within 2 s", async () => {
    const { docs } = await api<{ docs: { id: number }[] }>(a.url, token, 'GET', '/api/pages?where[path][equals]=/over-ons&depth=0');
    const beacon = () =>
      request(`${b.url}/beacon`, {
        method: 'POST',
        body: beaconBody('home', { source: 'nieuwe-bron-b', landing: true }),
        headers: { 'content-type': 'text/plain', 'user-agent': BROWSER_UA },
      });
    expect((await beacon()).status).toBe(422);
    await api(a.url, token, 'POST', '/api/campaign-sources', { code: 'nieuwe-bron-b', label: 'Proef', channel: 'poster', page: docs[0]!.id });
    const took = await timeUntil(async () => (await beacon()).status === 204, 10_000);
    expect(took).toBeLessThan(2_000);
  });

  test('sign-ups from one client spread over both processes stop at the limit; a spoofed X-Forwarded-For changes nothing', async () => {
    const slug = 'limiet-proef';
    await createGroup(slug, 8);
    // Let the creation reach B's cache bus (it drops the group pages) before B caches the page.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    // The group page comes from the cache, with a fresh fill time in its form.
    await request(`${b.url}/lotgenotengroepen/${slug}`);
    const cached = await request(`${b.url}/lotgenotengroepen/${slug}`);
    expect(cached.headers['x-cache']).toBe('HIT');
    const startedAt = Number(/name="startedAt" value="(\d+)"/.exec(cached.body)?.[1]);
    expect(Math.abs(Date.now() - startedAt)).toBeLessThan(2_000);

    // Limits count in fixed 10-minute windows: do not straddle the start of a new one.
    const toNextWindow = 600_000 - (Date.now() % 600_000);
    if (toNextWindow < 60_000) await new Promise((resolve) => setTimeout(resolve, toNextWindow + 1_000));
    const outcomes: number[] = [];
    for (let i = 0; i < 8; i++) {
      const server = i % 2 ? b : a;
      const res = await postForm(`${server.url}/lotgenotengroepen/${slug}`, signupFields(`limiet${i}@example.org`), '127.0.0.5', { 'x-forwarded-for': `198.51.100.${i + 1}` });
      outcomes.push(res.status);
      if (res.status === 422) expect(res.body).toContain('Vanaf deze verbinding zijn in korte tijd veel aanmeldingen verstuurd');
    }
    expect(outcomes).toEqual([200, 200, 200, 200, 200, 422, 422, 422]);
    // Another client is not affected.
    expect((await postForm(`${a.url}/lotgenotengroepen/${slug}`, signupFields('ander@example.org'), '127.0.0.6')).status).toBe(200);
  });

  test('30 confirmations for 3 places spread over both processes: exactly 3 confirmed; every e-mail delivered once', async () => {
    const slug = 'drie-plekken';
    const groupId = await createGroup(slug, 3);
    await request(`${b.url}/lotgenotengroepen/${slug}`);
    const emails = Array.from({ length: 30 }, (_, i) => `plek${i}@example.org`);
    // Thirty people on six connections (five each, the limit), half through each process.
    for (const [i, email] of emails.entries()) {
      const res = await postForm(`${(i % 2 ? b : a).url}/lotgenotengroepen/${slug}`, signupFields(email), `127.0.0.${10 + (i % 6)}`);
      expect(res.status).toBe(200);
    }
    const tokens = new Map<string, string>();
    await timeUntil(async () => {
      for (const message of smtp.messages) {
        const match = /bevestigen\?token=([A-Za-z0-9_-]{43})/.exec(message.parsed.text ?? '');
        if (match && emails.includes(message.to[0]!)) tokens.set(message.to[0]!, match[1]!);
      }
      return tokens.size === emails.length;
    }, 90_000, 250);

    const pages = await Promise.all(emails.map((email, i) => postForm(`${(i % 2 ? a : b).url}/lotgenotengroepen/bevestigen`, { token: tokens.get(email)! })));
    expect(pages.filter((p) => p.body.includes('We houden een plek voor je vrij'))).toHaveLength(3);
    expect(await scalar(db, 'SELECT seats_taken FROM groups WHERE id = ?', [groupId])).toBe(3);
    expect(await scalar(db, "SELECT COUNT(*) FROM registrations WHERE group_id = ? AND status = 'confirmed'", [groupId])).toBe(3);
    expect(await scalar(db, "SELECT COUNT(*) FROM registrations WHERE group_id = ? AND status = 'waitingList'", [groupId])).toBe(27);
    // B's cached group page heard of the seats taken through A.
    expect((await request(`${b.url}/lotgenotengroepen/${slug}`)).body).toContain('data-availability="full"');

    // Every queued e-mail reaches the (slow) mail server exactly once, with both processes sending.
    await timeUntil(async () => (await scalar(db, "SELECT COUNT(*) FROM outbox WHERE status <> 'sent'")) === 0, 120_000, 500);
    const queued = await scalar(db, 'SELECT COUNT(*) FROM outbox');
    // 30 confirmation requests, then 3 "registered" and 27 "waiting list" e-mails (and the earlier tests' e-mails).
    expect(queued).toBeGreaterThanOrEqual(30 + 30);
    expect(smtp.messages).toHaveLength(queued);
    expect(new Set(smtp.messages.map((m) => m.parsed.messageId)).size).toBe(queued);
  });

  test('scheduled publishing after a restart, with no admin request: the page goes live once, with one version', async () => {
    const made = await api<{ doc: { id: number } }>(a.url, token, 'POST', '/api/pages?draft=true', {
      title: 'Gepland na herstart',
      path: '/gepland-na-herstart',
      layout: [{ blockType: 'hero', heading: 'Nu live' }],
      _status: 'draft',
    });
    await Promise.all([a.stop('SIGTERM', { keepData: true }), b.stop('SIGTERM', { keepData: true })]);
    // What the admin's "Publicatie plannen" stores (payload.jobs.queue); due by the time the servers are back.
    await db.execute({
      sql: "INSERT INTO payload_jobs (input, task_slug, queue, wait_until, processing, has_error, total_tried) VALUES (?, 'schedulePublish', 'default', ?, 0, 0, 0)",
      args: [JSON.stringify({ type: 'publish', doc: { relationTo: 'pages', value: String(made.doc.id) } }), new Date().toISOString()],
    });
    [a, b] = await startBoth();
    await timeUntil(async () => (await request(`${b.url}/gepland-na-herstart`)).status === 200, 60_000, 250);
    expect((await request(`${a.url}/gepland-na-herstart`)).body).toContain('Nu live');
    expect(await scalar(db, "SELECT COUNT(*) FROM _pages_v WHERE parent_id = ? AND version__status = 'published'", [made.doc.id])).toBe(1);
    // Payload deletes a job once it completed: nothing is left to run again.
    expect(await scalar(db, "SELECT COUNT(*) FROM payload_jobs WHERE task_slug = 'schedulePublish'")).toBe(0);
    // Nobody opened the admin in either process.
    for (const server of [a, b]) expect(server.output()).not.toContain('admin loaded');
  });

  test('SIGTERM to one process during a beacon burst on both: counted == answered', async () => {
    const burst = beaconBurst([{ url: a.url, route: 'privacy' }, { url: b.url, route: 'privacy' }]);
    await timeUntil(async () => burst.answered[0]!.length >= 500, 60_000);
    expect(await a.stop('SIGTERM', { keepData: true })).toBe(0);
    await timeUntil(async () => burst.answered[1]!.length >= 1_000, 60_000);
    await burst.stop();
    expect(await b.stop('SIGTERM', { keepData: true })).toBe(0);
    const answered = burst.answered[0]!.length + burst.answered[1]!.length;
    expect(await scalar(db, "SELECT COALESCE(SUM(count), 0) FROM analytics_counters WHERE metric = 'pageviews' AND key = 'privacy'")).toBe(answered);
  });

  test('SIGKILL during a beacon burst loses at most the beacons of the last second', async () => {
    a = await startBuiltServer(env(), { dataDir });
    const burst = beaconBurst([{ url: a.url, route: 'plan' }]);
    await timeUntil(async () => burst.answered[0]!.length >= 1_500, 60_000);
    const killedAt = Date.now();
    await a.stop('SIGKILL', { keepData: true });
    await burst.stop();
    const answered = burst.answered[0]!;
    const counted = await scalar(db, "SELECT COALESCE(SUM(count), 0) FROM analytics_counters WHERE metric = 'pageviews' AND key = 'plan'");
    const answeredBeforeLastSecond = answered.filter((at) => at < killedAt - 1_000).length;
    expect(counted).toBeLessThanOrEqual(answered.length);
    expect(counted).toBeGreaterThanOrEqual(answeredBeforeLastSecond);
  });
});
