import type { Payload } from 'payload';

/** Example opening hours (the CMS says they are examples until staff untick the box). */
export async function seedHelpline(payload: Payload): Promise<void> {
  const weekdays = [1, 2, 3, 4, 5] as const;
  await payload.updateGlobal({
    slug: 'helpline',
    overrideAccess: true,
    context: { skipSideEffects: true },
    data: {
      phone: '0800-266 64 36',
      phoneHref: 'tel:08002666436',
      chatUrl: '/contact/chat',
      contactFormUrl: '/contact',
      hoursAreExamples: true,
      slots: [
        ...weekdays.map((d) => ({ channel: 'phone' as const, weekday: String(d) as '1', opens: '09:00', closes: '17:00' })),
        ...[1, 2, 3].map((d) => ({ channel: 'phone' as const, weekday: String(d) as '1', opens: '19:00', closes: '21:00' })),
        ...weekdays.map((d) => ({ channel: 'chat' as const, weekday: String(d) as '1', opens: '10:00', closes: '16:00' })),
      ],
      closedDates: [
        { date: '2026-12-25T12:00:00.000Z', label: 'Eerste kerstdag' },
        { date: '2026-12-26T12:00:00.000Z', label: 'Tweede kerstdag' },
        { date: '2027-01-01T12:00:00.000Z', label: 'Nieuwjaarsdag' },
      ],
      closedNote:
        'We zijn nu gesloten. Je kunt wel verder met de anonieme zelfhulp "Stoppen is mogelijk", of ons een bericht sturen via het contactformulier. We antwoorden zo snel mogelijk.',
    },
  });
}
