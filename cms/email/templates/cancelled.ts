import { type RenderedEmail, renderEmail } from './layout';

export interface CancelledInput {
  name: string;
  groupTitle: string;
  senderName: string;
}

/** Confirms that a sign-up (or a place on the waiting list) has been cancelled. */
export function cancelled({ name, groupTitle, senderName }: CancelledInput): RenderedEmail {
  return renderEmail({
    subject: 'Je aanmelding is geannuleerd',
    greetingName: name,
    senderName,
    blocks: [
      { kind: 'paragraph', text: `Je aanmelding voor ${groupTitle} is geannuleerd.` },
      {
        kind: 'paragraph',
        text: 'Wil je later toch meedoen? Dan ben je van harte welkom om je opnieuw aan te melden.',
      },
    ],
  });
}
