import type { PayloadRequest } from 'payload';

/**
 * The JSON body of a small request to a custom endpoint, or `undefined` when it is missing,
 * not JSON or longer than `maxChars` (then the endpoint's schema answers with its error).
 */
export async function readJsonBody(req: PayloadRequest, maxChars = 4096): Promise<unknown> {
  if (req.data && typeof req.data === 'object') return req.data;
  const text = (await req.text?.().catch(() => '')) ?? '';
  if (!text || text.length > maxChars) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
