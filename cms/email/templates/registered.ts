import { formatMeeting, type MeetingTime } from '../../groups/formatMeeting';
import { type RenderedEmail, renderEmail } from './layout';

/** Where the group meets. The online meeting link is deliberately not part of this type. */
export type RegisteredPlace = { kind: 'in-person'; address: string } | { kind: 'online' };

export interface RegisteredInput {
  name: string;
  groupTitle: string;
  meetings: MeetingTime[];
  place: RegisteredPlace;
  cancelUrl: string;
  senderName: string;
}

/**
 * Confirms a place in the group, with all dates. The caller attaches the .ics file.
 * For online groups the meeting link is left out on purpose: only the reminder carries it,
 * so it is not lying in an inbox for weeks.
 */
export function registered({
  name,
  groupTitle,
  meetings,
  place,
  cancelUrl,
  senderName,
}: RegisteredInput): RenderedEmail {
  const where =
    place.kind === 'in-person'
      ? `Plaats: ${place.address}`
      : 'De link voor de online bijeenkomst krijg je later per e-mail.';
  return renderEmail({
    subject: 'Je aanmelding is rond',
    greetingName: name,
    senderName,
    blocks: [
      { kind: 'paragraph', text: `Je aanmelding voor ${groupTitle} is rond. Je bent van harte welkom.` },
      { kind: 'paragraph', text: 'We zien je graag op deze data:' },
      { kind: 'list', items: meetings.map(formatMeeting) },
      { kind: 'paragraph', text: where },
      { kind: 'paragraph', text: 'In de bijlage zit een agendabestand met alle data.' },
      { kind: 'paragraph', text: 'Kun je toch niet meedoen? Meld je dan af. Dan kan iemand anders je plek krijgen.' },
      { kind: 'link', label: 'Aanmelding annuleren', url: cancelUrl },
    ],
  });
}
