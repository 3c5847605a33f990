/** Helpers for driving the contact pages with plain form posts, as a browser without JavaScript does. */

/** Decodes the few HTML entities Astro writes in text and attribute values. */
export function htmlDecode(value: string): string {
  return value
    .replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n) => String.fromCodePoint(Number.parseInt(n, 16)))
    .replaceAll('&quot;', '"')
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&');
}

/** The value of the hidden input `name` in the first form that has one. */
export function hiddenValue(html: string, name: string): string {
  const match = new RegExp(`<input[^>]*name="${name}"[^>]*value="([^"]*)"|<input[^>]*value="([^"]*)"[^>]*name="${name}"`).exec(html);
  if (!match) throw new Error(`no hidden input ${name}`);
  return htmlDecode(match[1] ?? match[2] ?? '');
}

/** Code and secret as the code page shows them. */
export function codesOn(html: string): { code: string; secret: string } {
  const values = [...html.matchAll(/class="code-value"[^>]*>([^<]+)</g)].map((m) => htmlDecode(m[1] ?? '').trim());
  const [code, secret] = values;
  if (!code || !secret) throw new Error('no code and secret on the page');
  return { code, secret };
}

/** The text of `<main>`, tags removed, whitespace collapsed. */
export function mainText(html: string): string {
  const main = /<main[^>]*>([\s\S]*)<\/main>/.exec(html)?.[1] ?? '';
  return htmlDecode(main.replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/g, ' ').replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ').trim();
}

/** POSTs a form as `application/x-www-form-urlencoded`, the way an HTML form is sent. */
export function postForm(baseUrl: string, path: string, fields: Record<string, string>, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${baseUrl}${path}`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'sec-fetch-site': 'same-origin', ...headers },
    body: new URLSearchParams(fields).toString(),
  });
}
