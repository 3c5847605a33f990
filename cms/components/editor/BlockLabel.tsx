'use client';
import { Pill, useRowLabel } from '@payloadcms/ui';
import { rowNumberOf, rowTitle } from './rowTitle';

/**
 * The header of a block in the editor: its place, its kind and its own title or first words
 * ("03 · Oefening: checklist · Wat past bij jou?"), so a module reads like a table of contents.
 * Configured by editorFriendlyBlock.
 */
export function BlockLabel({ titleFields = [], blockLabel = '' }: { titleFields?: string[]; blockLabel?: string }) {
  const { data, path } = useRowLabel<Record<string, unknown>>();
  const number = rowNumberOf(path);
  const title = rowTitle(data, titleFields);
  return (
    <span className="sin-block-label">
      {number !== null && <span className="sin-block-label__number">{String(number).padStart(2, '0')}</span>}
      <Pill pillStyle="white" size="small">
        {blockLabel}
      </Pill>
      {title ? <span className="sin-block-label__title">{title}</span> : <span className="sin-block-label__empty">nog zonder titel</span>}
    </span>
  );
}
