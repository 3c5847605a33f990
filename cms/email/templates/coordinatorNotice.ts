import { type RenderedEmail, renderEmail } from './layout';

/** Deliberately nothing about the person: staff read the details after logging in. */
export interface CoordinatorNoticeInput {
  groupTitle: string;
  adminUrl: string;
}

/** Tells coordinators there is a new sign-up, without any personal data. */
export function coordinatorNotice({ groupTitle, adminUrl }: CoordinatorNoticeInput): RenderedEmail {
  return renderEmail({
    subject: 'Nieuwe aanmelding',
    blocks: [
      { kind: 'paragraph', text: `Er is een nieuwe aanmelding voor ${groupTitle}.` },
      { kind: 'paragraph', text: 'Na inloggen zie je de gegevens in het beheer.' },
      { kind: 'link', label: 'Aanmelding bekijken', url: adminUrl },
      {
        kind: 'paragraph',
        text: 'Om de privacy van deelnemers te beschermen staan er geen persoonsgegevens in deze e-mail.',
      },
    ],
  });
}
