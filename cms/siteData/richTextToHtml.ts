import { convertLexicalToHTML } from '@payloadcms/richtext-lexical/html';

/** Lexical JSON → HTML for the public site (text is escaped by the converter). */
export function richTextToHtml(data: unknown): string {
  if (!data || typeof data !== 'object' || !('root' in data)) return '';
  // biome-ignore lint/suspicious/noExplicitAny: the converter's input type is Lexical's serialized state.
  return convertLexicalToHTML({ data: data as any, disableContainer: true });
}
