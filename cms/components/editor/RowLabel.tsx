'use client';
import { useRowLabel } from '@payloadcms/ui';
import { rowNumberOf, rowTitle } from './rowTitle';

/**
 * The label of a list row in the editor: its own text ("Ik verveel me"), or "Keuze 3" while
 * the row is still empty. Configured by editorFriendlyBlock / editorFriendlyArray.
 */
export function RowLabel({ titleFields = [], singular = 'Regel' }: { titleFields?: string[]; singular?: string }) {
  const { data, path } = useRowLabel<Record<string, unknown>>();
  const title = rowTitle(data, titleFields);
  const number = rowNumberOf(path);
  return <span className="sin-row-label">{title || `${singular} ${number ?? ''}`.trim()}</span>;
}
