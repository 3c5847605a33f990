import { convertLexicalToHTML } from '@payloadcms/richtext-lexical/html';

/**
 * Lexical JSON → HTML for the public site (text is escaped by the converter). The converter
 * writes `style` attributes (empty on every list item; alignment and indent otherwise). The
 * site's Content-Security-Policy forbids inline styles, so each one would be a console error:
 * they are removed here, in tags only (quotes in text arrive escaped as &quot;).
 */
export function richTextToHtml(data: unknown): string {
  if (!data || typeof data !== 'object' || !('root' in data)) return '';
  const html = convertLexicalToHTML({ data: data as any, disableContainer: true });
  return html.replace(/<[a-z][a-z0-9]*\b[^>]*>/gi, (tag) =>
    tag
      .replace(/\s+style="[^"]*"/g, '')
      .replace(/\s+class=""/g, '')
      .replace(/\s+>$/, '>'),
  );
}
