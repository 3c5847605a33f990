/** What an outgoing email is about; lets staff see what failed without reading content. */
export const EMAIL_KINDS = [
  'confirmEmail',
  'registered',
  'waitingList',
  'placeOffered',
  'reminder',
  'cancelled',
  'coordinatorNotice',
  'staffAccount',
  'contactAnswer',
  'contactNotice',
] as const;
export type EmailKind = (typeof EMAIL_KINDS)[number];

/** The background job that sends the outbox (cms/email/outbox/outboxJob.ts). */
export const OUTBOX_JOB = 'outbox';

export const OUTBOX_STATUS = { pending: 'pending', sent: 'sent', failed: 'failed' } as const;
export type OutboxStatus = (typeof OUTBOX_STATUS)[keyof typeof OUTBOX_STATUS];

/** An attachment as stored in the outbox (text only: the .ics calendar file). */
export interface StoredAttachment {
  filename: string;
  contentType: string;
  content: string;
}

/** One message handed to a transport. The sender is set by the transport (MAIL_FROM). */
export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  attachments: StoredAttachment[];
  /** Stable per logical email: receivers can spot a resend by its Message-ID. */
  messageId: string;
}

/** Sends one message; rejects when the message was not accepted. */
export interface MailTransport {
  send(mail: OutgoingMail): Promise<void>;
  /** One line for the start-up log, without secrets, e.g. "SMTP mail.example.org:587". */
  description: string;
  close(): void;
}
