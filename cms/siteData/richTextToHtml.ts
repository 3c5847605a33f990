import { convertLexicalToHTML, type HTMLConverters } from '@payloadcms/richtext-lexical/html';
import { escapeHtml } from '../email/templates/layout';

type LinkFields = { url?: string; newTab?: boolean };

/**
 * Links in rich text, as plain anchors. Links to other sites get rel="noreferrer" (and
 * "noopener" when they open a new tab): the other site learns nothing about where the visitor
 * came from. Only http(s), tel:, mailto: and paths survive; anything else becomes "#".
 */
function linkHtml({ node, nodesToHTML }: { node: { fields: LinkFields; children: unknown[] }; nodesToHTML: (args: { nodes: unknown[] }) => string[] }): string {
  const url = String(node.fields.url ?? '');
  const safe = /^(https?:\/\/|tel:|mailto:|\/(?!\/)|#)/i.test(url) ? url : '#';
  const external = /^https?:\/\//i.test(safe);
  const rel = external ? (node.fields.newTab ? ' rel="noopener noreferrer" target="_blank"' : ' rel="noreferrer"') : '';
  return `<a href="${escapeHtml(safe)}"${rel}>${nodesToHTML({ nodes: node.children }).join('')}</a>`;
}

const linkConverters = { link: linkHtml, autolink: linkHtml } as unknown as HTMLConverters;

/**
 * Lexical JSON → HTML for the public site (text is escaped by the converter). The converter
 * writes `style` attributes (empty on every list item; alignment and indent otherwise). The
 * site's Content-Security-Policy forbids inline styles, so each one would be a console error:
 * they are removed here, in tags only (quotes in text arrive escaped as &quot;).
 */
export function richTextToHtml(data: unknown): string {
  if (!data || typeof data !== 'object' || !('root' in data)) return '';
  const html = convertLexicalToHTML({
    data: data as Parameters<typeof convertLexicalToHTML>[0]['data'],
    disableContainer: true,
    converters: ({ defaultConverters }) => ({ ...defaultConverters, ...linkConverters }),
  });
  return html.replace(/<[a-z][a-z0-9]*\b[^>]*>/gi, (tag) =>
    tag
      .replace(/\s+style="[^"]*"/g, '')
      .replace(/\s+class=""/g, '')
      .replace(/\s+>$/, '>'),
  );
}
