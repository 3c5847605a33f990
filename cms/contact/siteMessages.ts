/*
 * What people read after sending or opening, in plain Dutch (B1). Kept apart from the logic
 * so the wording can be reviewed in one place. Written for someone who is scared and tired.
 */

export const FORM_UNREADABLE = 'Het formulier kon niet worden gelezen. Probeer het nog eens. Wat je schreef, staat hieronder nog.';

export const TOO_MANY_STARTS =
  'Vanaf deze verbinding zijn in korte tijd veel berichten verstuurd. Probeer het over een uur opnieuw. Wat je schreef, staat hieronder nog: kopieer het als je het wilt bewaren.';

/** The same words for an unknown code and a wrong secret: they must not tell the two apart. */
export function wrongCodeOrSecret(retentionDays: number): string {
  return `Met deze gesprekscode en dit wachtwoord konden we geen gesprek openen. Kijk ze nog even na: een hoofdletter of spatie maakt niet uit. Een gesprek wordt ${retentionDays} dagen na het laatste bericht vanzelf verwijderd. Is dat gebeurd? Dan kun je een nieuw bericht sturen.`;
}

export const THROTTLED =
  'Er is een paar keer geprobeerd een gesprek te openen met een code of wachtwoord dat niet klopt. Om gesprekken te beschermen, kun je het over een kwartier opnieuw proberen. Je gesprek blijft gewoon bewaard.';

export const REPLY_SENT = 'Je bericht is verstuurd. We lezen het zo snel als we kunnen.';
export const REPLY_ALREADY_SENT = 'Dit bericht was al verstuurd. Het staat hieronder in het gesprek.';
export const EMAIL_FORGOTTEN = 'Je e-mailadres is gewist. We sturen je geen e-mails meer. Kijk zelf af en toe of er een antwoord is.';
export const FORM_CLOSED = 'Het contactformulier is op dit moment niet beschikbaar. Bel ons of kijk bij de andere manieren om contact op te nemen.';
