import type { Payload } from 'payload';

const WEEKDAYS = ['1', '2', '3', '4', '5'] as const;
type Weekday = '1' | '2' | '3' | '4' | '5' | '6' | '7';
const slot = (weekday: Weekday, opens: string, closes: string) => ({ weekday, opens, closes });

/**
 * Example opening hours (the CMS says they are examples until staff untick the box). The chat
 * has example hours but no address: the helpline's chat service is filled in by staff, and
 * until then the site offers no chat at all rather than a link that leads nowhere.
 */
export async function seedHelpline(payload: Payload): Promise<void> {
  await payload.updateGlobal({
    slug: 'helpline',
    overrideAccess: true,
    context: { skipSideEffects: true },
    data: {
      hoursAreExamples: true,
      phone: '0800-266 64 36',
      phoneHref: 'tel:08002666436',
      phoneHours: [...WEEKDAYS.map((d) => slot(d, '09:00', '17:00')), ...(['1', '2', '3'] as const).map((d) => slot(d, '19:00', '21:00'))],
      phoneNote: 'Gratis en anoniem. Je hoeft je naam niet te noemen.',
      chatUrl: null,
      chatHours: WEEKDAYS.map((d) => slot(d, '10:00', '16:00')),
      chatNote: null,
      contactFormEnabled: true,
      contactAnswerTime: 'We antwoorden meestal binnen twee werkdagen.',
      contactHours: WEEKDAYS.map((d) => slot(d, '09:00', '17:00')),
      contactNote: null,
      closedDates: [
        { date: '2026-12-25T12:00:00.000Z', label: 'Eerste kerstdag', channels: ['phone', 'chat', 'contact'] },
        { date: '2026-12-26T12:00:00.000Z', label: 'Tweede kerstdag', channels: ['phone', 'chat', 'contact'] },
        { date: '2027-01-01T12:00:00.000Z', label: 'Nieuwjaarsdag', channels: ['phone', 'chat', 'contact'] },
      ],
      closedNote: 'We zijn nu gesloten. Je hoeft niet te wachten om iets te doen: je kunt verder met de anonieme zelfhulp, of ons nu al een bericht sturen. Dan lees je ons antwoord later.',
    },
  });
}
