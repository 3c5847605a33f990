import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { MailTransport, OutgoingMail } from '../../cms/email/outbox/outboxTypes';
import type { BackgroundJob } from '../../cms/jobs/types';
import { startTestPayload, type TestPayload } from '../helpers/testPayload';

let t: TestPayload;
beforeAll(async () => {
  t = await startTestPayload();
});
afterAll(async () => {
  await t?.close();
});

const quietLog = { info: () => undefined, warn: () => undefined, error: () => undefined };
const noMail: MailTransport = { description: 'test', send: async () => undefined, close: () => undefined };

describe('claimLease', () => {
  test('gives a lease to exactly one of many simultaneous claimants, and again once it ran out', async () => {
    const { claimLease, leaseExpiry, renewLease, releaseLease } = await import('../../cms/lib/leases/claimLease');
    const now = Date.now();
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => claimLease(t.payload, 'proef', `h${i}`, 10_000, now)));
    expect(results.filter(Boolean)).toHaveLength(1);
    const winner = `h${results.indexOf(true)}`;
    expect(await claimLease(t.payload, 'proef', 'laat', 10_000, now + 5_000)).toBe(false);
    expect(await renewLease(t.payload, 'proef', 'laat', 10_000, now + 5_000)).toBe(false);
    expect(await renewLease(t.payload, 'proef', winner, 10_000, now + 5_000)).toBe(true);
    expect(await leaseExpiry(t.payload, 'proef')).toBe(now + 15_000);
    expect(await claimLease(t.payload, 'proef', 'laat', 10_000, now + 15_000)).toBe(true);
    await releaseLease(t.payload, 'proef', 'laat', now + 16_000);
    expect(await claimLease(t.payload, 'proef', 'nog-later', 10_000, now + 16_000)).toBe(true);
  });
});

describe('startJobRunner', () => {
  test('sends queued email within seconds, logs counts only, and stops cleanly', async () => {
    const { startJobRunner } = await import('../../cms/jobs/startJobRunner');
    const { outboxJob } = await import('../../cms/email/outbox/outboxJob');
    const { queueEmail } = await import('../../cms/email/outbox/queueEmail');
    const sent: OutgoingMail[] = [];
    const transport: MailTransport = { description: 'test', send: async (mail) => void sent.push(mail), close: () => undefined };
    const lines: string[] = [];
    const log = { info: (msg: string, fields?: object) => void lines.push(JSON.stringify({ msg, ...fields })), warn: () => undefined, error: () => undefined };
    const runner = startJobRunner(t.payload, { log, transport, jobs: [outboxJob] });
    await queueEmail(t.payload, { to: 'ontvanger@example.org', email: { subject: 'Test', text: 'x', html: 'x' }, kind: 'cancelled', dedupeKey: 'jobs:1' });
    await expect.poll(() => sent.length, { timeout: 15_000 }).toBe(1);
    await runner.stop();
    expect(sent.map((m) => m.to)).toEqual(['ontvanger@example.org']);
    expect(lines.join('\n')).toContain('"sent":1');
    expect(lines.join('\n')).not.toContain('ontvanger@example.org');
  });

  test('an e-mail queued in a process that runs jobs is sent at once, not at the next 5-second round', async () => {
    const { startJobRunner } = await import('../../cms/jobs/startJobRunner');
    const { outboxJob } = await import('../../cms/email/outbox/outboxJob');
    const { queueEmail } = await import('../../cms/email/outbox/queueEmail');
    const sent: number[] = [];
    const transport: MailTransport = { description: 'test', send: async () => void sent.push(Date.now()), close: () => undefined };
    let runs = 0;
    const counted: BackgroundJob = {
      ...outboxJob,
      run: (context) => {
        runs++;
        return outboxJob.run(context);
      },
    };
    const runner = startJobRunner(t.payload, { log: quietLog, transport, jobs: [counted] });
    // The runner's first round (at start) has finished: the next one is 5 seconds away.
    await expect.poll(() => runs, { timeout: 5_000 }).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const queued = Date.now();
    await queueEmail(t.payload, { to: 'meteen@example.org', email: { subject: 'Test', text: 'x', html: 'x' }, kind: 'cancelled', dedupeKey: 'jobs:wake' });
    await expect.poll(() => sent.length, { timeout: 4_000, interval: 50 }).toBe(1);
    expect(sent[0]! - queued).toBeLessThan(2_000);
    await runner.stop();
  });

  test('two runners run a once-job once per interval between them, never side by side', async () => {
    const { startJobRunner } = await import('../../cms/jobs/startJobRunner');
    const starts: number[] = [];
    let running = 0;
    let overlap = false;
    const job: BackgroundJob = {
      name: 'tel-mee',
      everyMs: 1_500,
      async run() {
        starts.push(Date.now());
        running++;
        if (running > 1) overlap = true;
        await new Promise((resolve) => setTimeout(resolve, 100));
        running--;
        return { runs: 1 };
      },
    };
    const options = { log: quietLog, transport: noMail, jobs: [job], tickMs: 50 };
    const a = startJobRunner(t.payload, { ...options, holder: 'runner-a' });
    const b = startJobRunner(t.payload, { ...options, holder: 'runner-b' });
    await new Promise((resolve) => setTimeout(resolve, 5_000));
    await Promise.all([a.stop(), b.stop()]);
    expect(overlap).toBe(false);
    expect(starts.length).toBeGreaterThanOrEqual(2);
    // Alone, each runner would have run it 4 times in 5 s; together it ran once per 1.5 s.
    expect(starts.length).toBeLessThanOrEqual(4);
    for (let i = 1; i < starts.length; i++) expect(starts[i]! - starts[i - 1]!).toBeGreaterThanOrEqual(1_400);
  });

  test('a job that fails is logged by name and runs again at its next interval', async () => {
    const { startJobRunner } = await import('../../cms/jobs/startJobRunner');
    const errors: string[] = [];
    let runs = 0;
    const job: BackgroundJob = {
      name: 'faalt',
      everyMs: 300,
      runs: 'everywhere',
      async run() {
        runs++;
        throw new Error('kapot');
      },
    };
    const runner = startJobRunner(t.payload, {
      log: { ...quietLog, error: (msg: string, fields?: object) => void errors.push(JSON.stringify({ msg, ...fields })) },
      transport: noMail,
      jobs: [job],
      tickMs: 50,
    });
    await expect.poll(() => runs, { timeout: 5_000 }).toBeGreaterThanOrEqual(2);
    await runner.stop();
    expect(errors[0]).toContain('"job":"faalt"');
    expect(errors[0]).toContain('kapot');
  });
});

describe('payload jobs (scheduled publishing)', () => {
  test('three runners at once publish a scheduled page once, with one published version', async () => {
    const { payloadJobsJob } = await import('../../cms/jobs/payloadJobsJob');
    const page = await t.payload.create({
      collection: 'pages',
      data: { title: 'Gepland', path: '/gepland-eenmaal', layout: [{ blockType: 'hero', heading: 'Straks live' }], _status: 'draft' } as never,
      overrideAccess: true,
    });
    await t.payload.jobs.queue({
      task: 'schedulePublish',
      input: { type: 'publish', doc: { relationTo: 'pages', value: String(page.id) } },
      waitUntil: new Date(Date.now() - 1000),
    } as never);
    const context = { payload: t.payload, log: quietLog, mail: noMail };
    const results = await Promise.all([payloadJobsJob.run(context), payloadJobsJob.run(context), payloadJobsJob.run(context)]);
    expect(results.map((r) => (r as { ran: number }).ran).sort()).toEqual([0, 0, 1]);
    const published = await t.payload.findVersions({
      collection: 'pages',
      where: { and: [{ parent: { equals: page.id } }, { 'version._status': { equals: 'published' } }] },
      overrideAccess: true,
    });
    expect(published.totalDocs).toBe(1);
    // Payload deletes a job once it completed: nothing is left to run again.
    expect((await t.payload.count({ collection: 'payload-jobs', where: { taskSlug: { equals: 'schedulePublish' } }, overrideAccess: true })).totalDocs).toBe(0);
  });

  test('a job whose runner died while running it is put back after 15 minutes, not before', async () => {
    const { claimPayloadJob, releaseStalePayloadJobs } = await import('../../cms/jobs/claimPayloadJob');
    const job = await t.payload.jobs.queue({ task: 'schedulePublish', input: { type: 'publish' }, waitUntil: new Date(Date.now() + 60 * 60_000) } as never);
    const later = new Date(Date.now() + 2 * 60 * 60_000);
    expect(await claimPayloadJob(t.payload, later)).toBe(job.id);
    expect(await claimPayloadJob(t.payload, later)).toBeNull();
    expect(await releaseStalePayloadJobs(t.payload, new Date(Date.now() + 60_000))).toBe(0);
    expect(await releaseStalePayloadJobs(t.payload, new Date(later.getTime() + 16 * 60_000))).toBe(1);
    expect(await claimPayloadJob(t.payload, later)).toBe(job.id);
  });
});
