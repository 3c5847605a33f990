'use client';
import type { DefaultCellComponentProps } from 'payload';

/** Groups list: the place of a group, or "Online" for an online group (which has none). */
export function PlaceCell({ cellData, rowData }: DefaultCellComponentProps) {
  if ((rowData as { format?: string } | undefined)?.format === 'online') return <span>Online</span>;
  return <span>{typeof cellData === 'string' && cellData ? cellData : '–'}</span>;
}
