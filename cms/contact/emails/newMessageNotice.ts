import { type RenderedEmail, renderEmail } from '../../email/templates/layout';

/** Tells the counsellors (CONTACT_NOTIFY_EMAIL) that a message came in, without any of it. */
export function newMessageNotice({ adminUrl, isNewConversation }: { adminUrl: string; isNewConversation: boolean }): RenderedEmail {
  return renderEmail({
    subject: isNewConversation ? 'Nieuw gesprek in de inbox' : 'Nieuw bericht in de inbox',
    blocks: [
      {
        kind: 'paragraph',
        text: isNewConversation ? 'Er is een nieuw gesprek begonnen via het contactformulier.' : 'Er is een nieuw bericht in een gesprek via het contactformulier.',
      },
      { kind: 'paragraph', text: 'Na inloggen lees je het in het beheer.' },
      { kind: 'link', label: 'Gesprek openen', url: adminUrl },
      { kind: 'paragraph', text: 'Om de persoon te beschermen staat er niets van het bericht in deze e-mail.' },
    ],
  });
}
