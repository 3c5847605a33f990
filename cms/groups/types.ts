/**
 * What the public site may do with the support groups. The server passes an implementation
 * (cms/groups/createGroupsSite.ts) to Astro as `Astro.locals.groups`; pages never import
 * Payload. Views carry availability as a word, never a count of people.
 */
import type { SignupField } from './signupSchema';

/** free: places left; almostFull: one or two left; full: new sign-ups go on the waiting list. */
export type Availability = 'free' | 'almostFull' | 'full';

export interface MeetingView {
  /** `YYYY-MM-DD` */
  date: string;
  start: string;
  end: string;
  /** Dutch, e.g. "dinsdag 2 februari 2027, 19:30–21:30". */
  label: string;
}

export interface GroupSummaryView {
  slug: string;
  title: string;
  audience: string;
  format: 'inPerson' | 'online';
  /** The city for in-person groups; null for online groups. The address is never public. */
  city: string | null;
  meetings: MeetingView[];
  availability: Availability;
  /** False when sign-up was closed by staff; then the page shows no form. */
  signupOpen: boolean;
  /** When the first meeting starts (ISO): sign-up closes then, so cached pages expire then. */
  startsAt: string;
}

export interface GroupView extends GroupSummaryView {
  facilitators: string | null;
  intakeNote: string | null;
}

/** What the visitor typed, to put back in the form after an error. Never the honeypot. */
export type SignupValues = Partial<Record<'name' | 'email' | 'phone' | 'relation' | 'message' | 'consent', string>>;

export type SignUpResult =
  /** Stored (or a duplicate, or a bot: deliberately the same answer, see createGroupsSite). */
  | { kind: 'done'; title: string; message: string }
  /**
   * Show the form again with everything typed: one message per field, and/or one for the
   * whole form (too fast, too many attempts from this address).
   */
  | { kind: 'invalid'; errors: Partial<Record<SignupField, string>>; formError?: string; values: SignupValues }
  /** No form to show: the group is unknown, closed or has started. */
  | { kind: 'closed'; title: string; message: string };

/** The answer to an emailed link, ready for the page. */
export interface TokenResult {
  ok: boolean;
  title: string;
  message: string;
}

export interface GroupsSite {
  /** Published groups whose first meeting is still ahead, soonest first. */
  upcoming(): Promise<GroupSummaryView[]>;
  /** One published group by its slug, or null. */
  group(slug: string): Promise<GroupView | null>;
  /**
   * Handles a posted sign-up form. `clientAddress` is used only as the rate-limit key: stored
   * as a keyed hash for the limit's 10-minute window, never as such, and never logged.
   */
  signUp(slug: string, form: Record<string, unknown>, clientAddress: string | undefined): Promise<SignUpResult>;
  confirm(token: string): Promise<TokenResult>;
  cancel(token: string): Promise<TokenResult>;
  acceptOffer(token: string): Promise<TokenResult>;
}
