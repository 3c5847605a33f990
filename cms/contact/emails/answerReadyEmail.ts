import { type RenderedEmail, renderEmail } from '../../email/templates/layout';

/**
 * Tells a person that an answer is waiting, and nothing else: no name, no text of the
 * conversation, no word about what it is about. Inboxes are shared, lock screens show
 * subjects, and the sender is the neutral MAIL_FROM_NAME.
 */
export function answerReadyEmail({ conversationUrl }: { conversationUrl: string }): RenderedEmail {
  return renderEmail({
    subject: 'Er is een antwoord voor je',
    blocks: [
      { kind: 'paragraph', text: 'Hallo,' },
      { kind: 'paragraph', text: 'Er staat een antwoord voor je klaar. Je leest het op onze website met je gesprekscode en je wachtwoord.' },
      { kind: 'link', label: 'Naar je gesprek', url: conversationUrl },
      {
        kind: 'paragraph',
        text: 'In deze e-mail staat met opzet niets over je bericht. Wil je geen e-mails meer van ons krijgen? Open je gesprek en kies "Stuur geen e-mails meer".',
      },
    ],
  });
}
