import { type RenderedEmail, renderEmail } from './layout';

export interface ConfirmEmailInput {
  name: string;
  groupTitle: string;
  confirmUrl: string;
  senderName: string;
  /** How long the link works; must match the token's expiry. */
  validHours?: number;
}

/** Asks a new sign-up to confirm their email address before anything else happens. */
export function confirmEmail({
  name,
  groupTitle,
  confirmUrl,
  senderName,
  validHours = 48,
}: ConfirmEmailInput): RenderedEmail {
  return renderEmail({
    subject: 'Bevestig je e-mailadres',
    greetingName: name,
    senderName,
    blocks: [
      { kind: 'paragraph', text: `Bedankt voor je aanmelding voor ${groupTitle}. Fijn dat je deze stap zet.` },
      {
        kind: 'paragraph',
        text: 'Wil je je e-mailadres bevestigen? Dan weten we zeker dat onze berichten bij jou aankomen.',
      },
      { kind: 'link', label: 'Ja, dit is mijn e-mailadres', url: confirmUrl },
      { kind: 'paragraph', text: `De link werkt ${validHours} uur.` },
      {
        kind: 'paragraph',
        text: 'Heb je je niet aangemeld? Dan kun je deze e-mail negeren. Zonder bevestiging gaat de aanmelding niet door.',
      },
    ],
  });
}
