/** One piece of email body; every template is a list of these, rendered to text and HTML. */
export type EmailBlock =
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; items: string[] }
  | { kind: 'link'; label: string; url: string };

export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
}

export interface EmailContent {
  /** Fixed wording only: subjects can show on lock screens and in shared inboxes. */
  subject: string;
  /** Name (or pseudonym) for "Hallo …,"; left out for staff notices. */
  greetingName?: string;
  blocks: EmailBlock[];
  /** Who signs the email; left out for staff notices. */
  senderName?: string;
}

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for use in HTML content and in quoted attribute values. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char] ?? char);
}

/** Only web links: a `javascript:` or `data:` URL in an email would be a bug, never intended. */
function checkedUrl(url: string): string {
  const parsed = new URL(url);
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    throw new Error(`Email links must use http(s), got "${parsed.protocol}".`);
  }
  return parsed.href;
}

const STYLE = {
  body: 'margin:0;padding:24px 16px;background:#ffffff;color:#1a1a1a;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5',
  link: 'display:inline-block;padding:12px 20px;background:#1d4f91;color:#ffffff;font-weight:bold;border-radius:4px',
};

function withFrame(blocks: EmailBlock[], greetingName?: string, senderName?: string): EmailBlock[] {
  const all = [...blocks];
  if (greetingName) all.unshift({ kind: 'paragraph', text: `Hallo ${greetingName},` });
  if (senderName) all.push({ kind: 'paragraph', text: `Hartelijke groet,\n${senderName}` });
  return all;
}

function blockToText(block: EmailBlock): string {
  if (block.kind === 'paragraph') return block.text;
  if (block.kind === 'list') return block.items.map((item) => `- ${item}`).join('\n');
  return `${block.label}:\n${checkedUrl(block.url)}`;
}

function blockToHtml(block: EmailBlock): string {
  if (block.kind === 'paragraph') return `<p>${escapeHtml(block.text).replace(/\n/g, '<br>')}</p>`;
  if (block.kind === 'list') return `<ul>${block.items.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>`;
  const href = escapeHtml(checkedUrl(block.url));
  return `<p><a href="${href}" style="${STYLE.link}">${escapeHtml(block.label)}</a></p>`;
}

/**
 * Renders an email as plain text and as simple, accessible HTML (lang="nl", no external
 * images or fonts). All content is escaped here, so templates pass raw text.
 *
 * @throws Error when a link is not an http(s) URL.
 */
export function renderEmail({ subject, greetingName, blocks, senderName }: EmailContent): RenderedEmail {
  const all = withFrame(blocks, greetingName, senderName);
  const text = `${all.map(blockToText).join('\n\n')}\n`;
  const html = [
    '<!doctype html>',
    '<html lang="nl">',
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(subject)}</title></head>`,
    `<body style="${STYLE.body}">`,
    `<div role="article" aria-label="${escapeHtml(subject)}" style="max-width:600px;margin:0 auto">`,
    ...all.map(blockToHtml),
    '</div>',
    '</body>',
    '</html>',
  ].join('\n');
  return { subject, text, html };
}
