const MAX_CHARS = 70;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const DUTCH_DATE = new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });

/** Plain text of a value: a string (a date in Dutch), or the text nodes of rich text (Lexical JSON). */
function plainText(value: unknown): string {
  if (typeof value === 'string') return ISO_DATE.test(value) ? DUTCH_DATE.format(new Date(value)) : value;
  if (!value || typeof value !== 'object') return '';
  const parts: string[] = [];
  const walk = (node: unknown) => {
    if (!node || typeof node !== 'object' || parts.join(' ').length > MAX_CHARS) return;
    const n = node as { text?: unknown; children?: unknown[]; root?: unknown };
    if (typeof n.text === 'string') parts.push(n.text);
    if (n.root) walk(n.root);
    if (Array.isArray(n.children)) for (const child of n.children) walk(child);
  };
  walk(value);
  return parts.join(' ');
}

function at(data: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((value, part) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[part] : undefined), data);
}

/**
 * The words that name a row or block in the editor: the first of `fields` (dotted paths
 * allowed, e.g. `items.0.text`) that holds text, shortened to about a line.
 */
export function rowTitle(data: unknown, fields: readonly string[]): string {
  for (const field of fields) {
    const text = plainText(at(data, field)).replace(/\s+/g, ' ').trim();
    if (!text) continue;
    return text.length > MAX_CHARS ? `${text.slice(0, MAX_CHARS).replace(/\s+\S*$/, '')}…` : text;
  }
  return '';
}

/** The row's number (1-based) from its form path, e.g. `layout.2.items.4` → 5. */
export function rowNumberOf(path: string | undefined): number | null {
  const last = Number(path?.split('.').pop());
  return Number.isInteger(last) ? last + 1 : null;
}
