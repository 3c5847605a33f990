/**
 * Where a conversation stands, as the counsellors' inbox shows it. Server code moves it:
 * a new conversation is `new`; a message from the person makes it `waitingForUs` (unless it
 * is still `new`); an answer from a counsellor makes it `answered`. Counsellors may set any
 * status by hand, e.g. `closed` when nothing more is expected.
 */
export const CONVERSATION_STATUS = {
  new: 'new',
  waitingForUs: 'waitingForUs',
  answered: 'answered',
  closed: 'closed',
} as const;
export type ConversationStatus = (typeof CONVERSATION_STATUS)[keyof typeof CONVERSATION_STATUS];
export const CONVERSATION_STATUSES = Object.values(CONVERSATION_STATUS);

export const STATUS_LABELS: Record<ConversationStatus, string> = {
  new: 'Nieuw',
  waitingForUs: 'Wacht op ons',
  answered: 'Beantwoord',
  closed: 'Afgesloten',
};

/** Who a message is from. Notes are for staff only and never reach the person. */
export const MESSAGE_FROM = { person: 'person', staff: 'staff', note: 'note' } as const;
export type MessageFrom = (typeof MESSAGE_FROM)[keyof typeof MESSAGE_FROM];

/** Who the question is about, as the person chose on the form (optional). */
export const ABOUT = ['self', 'someoneClose', 'professional'] as const;
export type About = (typeof ABOUT)[number];

/** The choice as the person reads it on the form. */
export const ABOUT_FORM_LABELS: Record<About, string> = {
  self: 'Over mezelf',
  someoneClose: 'Over iemand in mijn omgeving',
  professional: 'Ik vraag het als professional',
};

/** The same choice as counsellors read it in the admin. */
export const ABOUT_ADMIN_LABELS: Record<About, string> = {
  self: 'Over zichzelf',
  someoneClose: 'Over iemand in de omgeving',
  professional: 'Professional',
};

/** The status after a message, given the status before it. */
export function statusAfter(from: MessageFrom, before: ConversationStatus | null | undefined): ConversationStatus {
  if (from === MESSAGE_FROM.staff) return CONVERSATION_STATUS.answered;
  if (from === MESSAGE_FROM.note) return before ?? CONVERSATION_STATUS.new;
  return !before || before === CONVERSATION_STATUS.new ? CONVERSATION_STATUS.new : CONVERSATION_STATUS.waitingForUs;
}
