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
 * Says a place is held for the sign-up, with all dates. The caller attaches the .ics file.
 * The place is not settled yet: the get-to-know-you call decides whether the group fits, so the
 * email says so and never calls the sign-up final. For online groups the meeting link is left
 * out on purpose: only the reminder carries it, so it is not lying in an inbox for weeks.
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
    subject: 'We houden een plek voor je vrij',
    greetingName: name,
    senderName,
    blocks: [
      { kind: 'paragraph', text: `Bedankt voor je aanmelding voor ${groupTitle}. We houden een plek voor je vrij.` },
      {
        kind: 'paragraph',
        text: 'Binnenkort nemen we contact met je op voor een kort kennismakingsgesprek. Daarin kun je je vragen stellen en kijken we samen of de groep bij je past. Na dat gesprek weet je of je meedoet.',
      },
      { kind: 'paragraph', text: 'De groep komt samen op deze data:' },
      { kind: 'list', items: meetings.map(formatMeeting) },
      { kind: 'paragraph', text: where },
      { kind: 'paragraph', text: 'In de bijlage zit een agendabestand met alle data, zodat je ze alvast kunt vrijhouden.' },
      { kind: 'paragraph', text: 'Wil je toch niet meedoen? Meld je dan af. Dan kan iemand anders de plek krijgen.' },
      { kind: 'link', label: 'Aanmelding annuleren', url: cancelUrl },
    ],
  });
}
