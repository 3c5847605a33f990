/** Larger than any form on the site can honestly be (the longest field holds 1,000 characters). */
export const MAX_FORM_BYTES = 64 * 1024;

/**
 * Reads at most `maxBytes + 1` bytes of a body stream; null when the body is larger or the
 * stream fails. The server already refuses larger bodies while they stream in
 * (server/capRequestBodies.ts); this keeps the page safe on its own, whatever serves it.
 */
async function readCapped(body: ReadableStream<Uint8Array>, maxBytes: number): Promise<Uint8Array | null> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        await reader.cancel().catch(() => undefined);
        return null;
      }
      chunks.push(value);
    }
  } catch {
    return null;
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/**
 * Reads a posted HTML form into plain strings (files are ignored). Returns null for a body
 * that is too large, unreadable or not a form, so a page can answer calmly instead of failing.
 * The size is counted while reading: a declared length is only a first check, since a chunked
 * body declares none.
 */
export async function readForm(request: Request, maxBytes = MAX_FORM_BYTES): Promise<Record<string, string> | null> {
  const declared = Number(request.headers.get('content-length') ?? 0);
  if (declared > maxBytes || !request.body) return null;
  const type = request.headers.get('content-type') ?? '';
  if (!/^(application\/x-www-form-urlencoded|multipart\/form-data)\b/i.test(type)) return null;
  const bytes = await readCapped(request.body, maxBytes);
  if (!bytes) return null;
  try {
    const data = await new Response(bytes as Uint8Array<ArrayBuffer>, { headers: { 'content-type': type } }).formData();
    // No prototype: a field named "__proto__" or "constructor" is just a field.
    const form: Record<string, string> = Object.create(null);
    for (const [key, value] of data) if (typeof value === 'string') form[key] = value;
    return form;
  } catch {
    return null;
  }
}
