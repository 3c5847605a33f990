import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/testServer';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.stop();
});

describe('crisis help', () => {
  test.each(['/', '/zelfhulp', '/zelfhulp/triggers', '/lotgenotengroepen', '/privacy', '/bestaat-niet'])('%s shows 113, 112 and the helpline', async (path) => {
    const html = await (await server.get(path)).text();
    expect(html).toContain('Direct hulp nodig?');
    expect(html).toContain('href="tel:08000113"');
    expect(html).toContain('href="tel:112"');
    expect(html).toContain('href="tel:08002666436"');
    expect(html).toMatch(/href="https:\/\/www\.113\.nl\/" rel="noreferrer"/);
  });

  test('an edit of the crisis lines shows on the next request', async () => {
    await (await server.get('/')).text();
    await server.payload.updateGlobal({ slug: 'crisis-help', data: { intro: 'Nieuwe uitleg voor de test.' }, overrideAccess: true });
    const html = await (await server.get('/')).text();
    expect(html).toContain('Nieuwe uitleg voor de test.');
  });
});
