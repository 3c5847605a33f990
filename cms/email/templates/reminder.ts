import { formatMeeting, formatMeetingDay, type MeetingTime } from '../../groups/formatMeeting';
import { type RenderedEmail, renderEmail } from './layout';

export type ReminderPlace = { kind: 'in-person'; address: string } | { kind: 'online'; meetingUrl: string };

export interface ReminderInput {
  name: string;
  groupTitle: string;
  meeting: MeetingTime;
  /** 1-based position of this meeting in the series. */
  meetingNumber: number;
  meetingCount: number;
  place: ReminderPlace;
  senderName: string;
}

/**
 * Reminds a participant of the next meeting. For online groups this is the only email that
 * contains the meeting link, sent shortly before the meeting.
 */
export function reminder({
  name,
  groupTitle,
  meeting,
  meetingNumber,
  meetingCount,
  place,
  senderName,
}: ReminderInput): RenderedEmail {
  const where =
    place.kind === 'in-person'
      ? [{ kind: 'paragraph' as const, text: `Waar: ${place.address}` }]
      : [
          { kind: 'paragraph' as const, text: 'De bijeenkomst is online. Je doet mee via deze link:' },
          { kind: 'link' as const, label: 'Naar de online bijeenkomst', url: place.meetingUrl },
          { kind: 'paragraph' as const, text: 'Deel de link niet met anderen. Zo blijft de groep besloten.' },
        ];
  return renderEmail({
    subject: `Herinnering: bijeenkomst op ${formatMeetingDay(meeting)}`,
    greetingName: name,
    senderName,
    blocks: [
      {
        kind: 'paragraph',
        text: `Binnenkort is de volgende bijeenkomst van ${groupTitle}: bijeenkomst ${meetingNumber} van ${meetingCount}. We zien je graag.`,
      },
      { kind: 'paragraph', text: `Wanneer: ${formatMeeting(meeting)}` },
      ...where,
    ],
  });
}
