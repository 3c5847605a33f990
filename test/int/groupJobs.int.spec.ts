import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { MailTransport, OutgoingMail } from '../../cms/email/outbox/outboxTypes';
import { startTestPayload, type TestPayload } from '../helpers/testPayload';

let t: TestPayload;
beforeAll(async () => {
  t = await startTestPayload();
});
afterAll(async () => {
  await t?.close();
});

describe('startGroupJobs', () => {
  test('sends queued email within seconds, logs counts only, and stops cleanly', async () => {
    const { startGroupJobs } = await import('../../cms/groups/jobs/startGroupJobs');
    const { queueEmail } = await import('../../cms/email/outbox/queueEmail');
    const sent: OutgoingMail[] = [];
    const transport: MailTransport = { description: 'test', send: async (mail) => void sent.push(mail), close: () => undefined };
    const lines: string[] = [];
    const log = { info: (msg: string, fields?: object) => void lines.push(JSON.stringify({ msg, ...fields })), warn: () => undefined, error: () => undefined };
    const jobs = startGroupJobs(t.payload, { log, transport });
    await queueEmail(t.payload, { to: 'ontvanger@example.org', email: { subject: 'Test', text: 'x', html: 'x' }, kind: 'cancelled', dedupeKey: 'jobs:1' });
    await new Promise((resolve) => setTimeout(resolve, 6500));
    await jobs.stop();
    expect(sent.map((m) => m.to)).toEqual(['ontvanger@example.org']);
    expect(lines.join('\n')).toContain('"sent":1');
    expect(lines.join('\n')).not.toContain('ontvanger@example.org');
  });
});
