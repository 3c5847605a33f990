import type { BlockView } from './types';
import { richTextToHtml } from './richTextToHtml';

/** Payload blocks → site blocks: rich text fields become `html`; everything else passes through. */
export function toBlockViews(layout: unknown): BlockView[] {
  if (!Array.isArray(layout)) return [];
  return layout.map((block) => {
    const { body, ...rest } = block as BlockView & { body?: unknown };
    return body === undefined ? rest : { ...rest, html: richTextToHtml(body) };
  });
}
