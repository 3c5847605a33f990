'use client';
import { useRowLabel } from '@payloadcms/ui';

const DAYS = ['', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'];

/** Admin: an opening slot reads as "maandag 09:00–17:00" while folded, not "Tijdvak 01". */
export function OpeningSlotLabel() {
  const { data, rowNumber } = useRowLabel<{ weekday?: string; opens?: string; closes?: string }>();
  const day = DAYS[Number(data?.weekday)] ?? '';
  if (!day) return <span>Nieuw tijdvak {String((rowNumber ?? 0) + 1).padStart(2, '0')}</span>;
  return <span>{`${day} ${data?.opens ?? '…'}–${data?.closes ?? '…'}`}</span>;
}
