import { formatMeeting, type MeetingTime } from '../../groups/formatMeeting';
import { type RenderedEmail, renderEmail } from './layout';

export interface PlaceOfferedInput {
  name: string;
  groupTitle: string;
  meetings: MeetingTime[];
  acceptUrl: string;
  senderName: string;
  /** How long the offer stands; must match the invitation's expiry. */
  validHours?: number;
}

/** Offers a freed-up place to someone on the waiting list; saying no means doing nothing. */
export function placeOffered({
  name,
  groupTitle,
  meetings,
  acceptUrl,
  senderName,
  validHours = 48,
}: PlaceOfferedInput): RenderedEmail {
  return renderEmail({
    subject: 'Er is een plek vrij voor je',
    greetingName: name,
    senderName,
    blocks: [
      {
        kind: 'paragraph',
        text: `Goed nieuws: er is een plek vrijgekomen in ${groupTitle}. We houden die plek ${validHours} uur voor je vast.`,
      },
      { kind: 'paragraph', text: 'De groep komt samen op deze data:' },
      { kind: 'list', items: meetings.map(formatMeeting) },
      { kind: 'paragraph', text: `Wil je de plek? Bevestig dat dan binnen ${validHours} uur.` },
      { kind: 'link', label: 'Ja, ik neem de plek', url: acceptUrl },
      {
        kind: 'paragraph',
        text: 'Had je nog geen kennismakingsgesprek? Dan nemen we daarna contact met je op. In dat gesprek kijken we samen of de groep bij je past.',
      },
      {
        kind: 'paragraph',
        text: `Wil je de plek niet, of past het nu niet? Dan hoef je niets te doen. Na ${validHours} uur bieden we de plek aan iemand anders aan.`,
      },
    ],
  });
}
