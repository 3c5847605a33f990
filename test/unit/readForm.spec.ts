import { describe, expect, test } from 'vitest';
import { MAX_FORM_BYTES, readForm } from '../../site/lib/readForm';

/** A request whose body streams in `chunks` pieces of `size` bytes without a declared length. */
function streamed(chunks: number, size: number, type = 'application/x-www-form-urlencoded'): { request: Request; pulled: () => number } {
  let pulled = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled >= chunks) return controller.close();
      pulled += 1;
      controller.enqueue(new TextEncoder().encode('a'.repeat(size)));
    },
  });
  return { request: new Request('http://x/form', { method: 'POST', body, headers: { 'content-type': type }, duplex: 'half' } as RequestInit), pulled: () => pulled };
}

describe('readForm', () => {
  test('stops reading a chunked body as soon as it passes the cap', async () => {
    const { request, pulled } = streamed(10_000, 16 * 1024);
    expect(await readForm(request)).toBeNull();
    expect(pulled() * 16 * 1024).toBeLessThanOrEqual(MAX_FORM_BYTES + 2 * 16 * 1024);
  });

  test('reads an ordinary form, with "__proto__" as just a field name', async () => {
    const request = new Request('http://x/form', { method: 'POST', body: 'name=Sam&__proto__=x&constructor=y', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    const form = await readForm(request);
    expect(form?.name).toBe('Sam');
    expect(Object.entries(form ?? {})).toContainEqual(['__proto__', 'x']);
    expect(Object.getPrototypeOf(form)).toBeNull();
  });

  test('answers null for a body that is not a form', async () => {
    const request = new Request('http://x/form', { method: 'POST', body: '{"name":"Sam"}', headers: { 'content-type': 'application/json' } });
    expect(await readForm(request)).toBeNull();
  });
});
