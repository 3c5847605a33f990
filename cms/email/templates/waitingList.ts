import { type RenderedEmail, renderEmail } from './layout';

export interface WaitingListInput {
  name: string;
  groupTitle: string;
  cancelUrl: string;
  senderName: string;
}

/** Tells a sign-up the group is full and they are on the waiting list. */
export function waitingList({ name, groupTitle, cancelUrl, senderName }: WaitingListInput): RenderedEmail {
  return renderEmail({
    subject: 'Je staat op de wachtlijst',
    greetingName: name,
    senderName,
    blocks: [
      {
        kind: 'paragraph',
        text: `Bedankt voor je aanmelding voor ${groupTitle}. De groep is op dit moment vol. Daarom sta je op de wachtlijst.`,
      },
      { kind: 'paragraph', text: 'Komt er een plek vrij? Dan krijg je een e-mail van ons. Je hoeft nu niets te doen.' },
      { kind: 'paragraph', text: 'Wil je niet meer op de wachtlijst staan? Dan kun je je hier afmelden.' },
      { kind: 'link', label: 'Afmelden voor de wachtlijst', url: cancelUrl },
    ],
  });
}
