/**
 * The states of a support-group registration, as named constants:
 *
 *   awaitingConfirmation ─┬─> confirmed ─────────────> cancelled
 *                         ├─> waitingList ─> offered ─┬─> confirmed
 *                         │                           └─> expired (offer not accepted in time)
 *                         └─> expired (email never confirmed)
 *
 * Any active state can become `cancelled` through the person's cancel link or a coordinator.
 * Only `confirmed` and `offered` hold one of the group's seats (see cms/groups/capacity).
 */
export const REGISTRATION_STATUS = {
  awaitingConfirmation: 'awaitingConfirmation',
  confirmed: 'confirmed',
  waitingList: 'waitingList',
  offered: 'offered',
  cancelled: 'cancelled',
  expired: 'expired',
} as const;

export type RegistrationStatus = (typeof REGISTRATION_STATUS)[keyof typeof REGISTRATION_STATUS];

export const REGISTRATION_STATUSES = Object.values(REGISTRATION_STATUS) as RegistrationStatus[];

/** States in which a person still takes part or waits: a second sign-up would be a duplicate. */
export const ACTIVE_STATUSES: readonly RegistrationStatus[] = [
  REGISTRATION_STATUS.awaitingConfirmation,
  REGISTRATION_STATUS.confirmed,
  REGISTRATION_STATUS.waitingList,
  REGISTRATION_STATUS.offered,
];

export const STATUS_LABELS: Record<RegistrationStatus, { nl: string; en: string }> = {
  awaitingConfirmation: { nl: 'Wacht op bevestiging e-mailadres', en: 'Awaiting email confirmation' },
  confirmed: { nl: 'Aangemeld (plek in de groep)', en: 'Confirmed (has a seat)' },
  waitingList: { nl: 'Op de wachtlijst', en: 'On the waiting list' },
  offered: { nl: 'Plek aangeboden (wacht op antwoord)', en: 'Place offered (awaiting answer)' },
  cancelled: { nl: 'Afgemeld', en: 'Cancelled' },
  expired: { nl: 'Verlopen', en: 'Expired' },
};

/** True for the states that occupy a seat: a confirmed participant, or a place held for an offer. */
export function holdsSeat(status: unknown): boolean {
  return status === REGISTRATION_STATUS.confirmed || status === REGISTRATION_STATUS.offered;
}
