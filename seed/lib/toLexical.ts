import type { RichParagraph } from '../modules/types';

const base = { direction: 'ltr' as const, format: '' as const, indent: 0, version: 1 };

function text(value: string) {
  return { type: 'text', text: value, format: 0, detail: 0, mode: 'normal', style: '', version: 1 };
}

/** Turns the seed's simple paragraphs into Lexical editor state (what the CMS stores). */
export function toLexical(paragraphs: RichParagraph[]) {
  return {
    root: {
      ...base,
      type: 'root',
      children: paragraphs.map((p) => {
        if (p.type === 'h3') return { ...base, type: 'heading', tag: 'h3', children: [text(p.text)] };
        if (p.type === 'ul') {
          return {
            ...base,
            type: 'list',
            listType: 'bullet',
            tag: 'ul',
            start: 1,
            children: p.items.map((item, i) => ({ ...base, type: 'listitem', value: i + 1, children: [text(item)] })),
          };
        }
        return { ...base, type: 'paragraph', textFormat: 0, textStyle: '', children: [text(p.text)] };
      }),
    },
  };
}
