import type { FieldErrors, StartField } from './contactSchema';
import type { PersonConversation } from './personView';

/** What a person typed into the contact form, given back after an error. */
export type StartValues = Partial<Record<'message' | 'about' | 'name' | 'email', string>>;

/** The contact form as the site shows it (from the Helpline global's contact-form tab). */
export interface ContactFormInfo {
  enabled: boolean;
  /** "We antwoorden binnen twee werkdagen." — editable by counsellors. */
  answerTime: string;
  retentionDays: number;
}

export type StartResult =
  /** Show the form (again): with errors, what was typed, and a fresh one-time key. */
  | { kind: 'form'; errors: FieldErrors<StartField>; formError?: string; values: StartValues; submission: string }
  /** Show code and secret, once (formatted in groups of four). */
  | { kind: 'created'; code: string; secret: string; notifyByEmail: boolean }
  /** The same form was sent twice; the first one was stored. */
  | { kind: 'duplicate' }
  /** The form is switched off in the CMS. */
  | { kind: 'closed' };

/** What the person asked for on /contact/gesprek. */
export type ConversationAction = 'open' | 'reply' | 'delete' | 'stopEmail';

export type ConversationResult =
  /** The form that asks for code and secret, with an error when opening failed. */
  | {
      kind: 'locked';
      /** Why it stayed locked after a post: a typing mistake, a wrong code or secret, or too many tries. */
      reason?: 'invalid' | 'wrong' | 'throttled';
      errors: FieldErrors<'code' | 'secret'>;
      formError?: string;
      values: { code?: string; secret?: string };
      /** A reply that could not be sent: shown again so nothing typed is lost. */
      pendingMessage?: string;
    }
  /** The open conversation, with the forms to reply, stop e-mails and delete. */
  | {
      kind: 'open';
      code: string;
      secret: string;
      conversation: PersonConversation;
      notice?: string;
      replyError?: string;
      replyValue?: string;
      deleteError?: string;
      submission: string;
    }
  | { kind: 'deleted' };

/**
 * The contact form and conversations for the public site (`Astro.locals.contact`). Every
 * method takes the raw posted form and the client address from `clientAddressOf`; none sets
 * a cookie or needs anything in the URL.
 */
export interface ContactSite {
  info(): Promise<ContactFormInfo>;
  /** A fresh one-time key for a form (sending a form twice stores it once). */
  submissionKey(): string;
  start(form: Record<string, string>, clientAddress: string | undefined): Promise<StartResult>;
  conversation(form: Record<string, string>, clientAddress: string | undefined): Promise<ConversationResult>;
}
