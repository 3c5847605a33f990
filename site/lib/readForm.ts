/** Larger than any form on the site can honestly be (the longest field holds 1,000 characters). */
const MAX_FORM_BYTES = 64 * 1024;

/**
 * Reads a posted HTML form into plain strings (files are ignored). Returns null for a body
 * that is too large or not a form, so a page can answer calmly instead of failing.
 */
export async function readForm(request: Request): Promise<Record<string, string> | null> {
  const length = Number(request.headers.get('content-length') ?? 0);
  if (length > MAX_FORM_BYTES) return null;
  try {
    const data = await request.formData();
    const form: Record<string, string> = {};
    for (const [key, value] of data) if (typeof value === 'string') form[key] = value;
    return form;
  } catch {
    return null;
  }
}
