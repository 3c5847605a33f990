import type { RegistrationStatus } from './registrationStatus';

/** What happened when someone used an emailed link (confirm, cancel, accept a place). */
export type TokenOutcome =
  | { outcome: 'confirmed' }
  | { outcome: 'waitingList' }
  | { outcome: 'cancelled' }
  /** The link was used before (or the registration moved on); nothing changed now. */
  | { outcome: 'alreadyDone'; status: RegistrationStatus }
  /** The link's time ran out; the registration or offer is now expired. */
  | { outcome: 'expired' }
  /** Not a token we issued (mistyped, cut off, or the registration was deleted). */
  | { outcome: 'invalid' }
  /** The group was deleted or has already started. */
  | { outcome: 'closed' };
