/** How long emailed links and offers stay valid; the email texts say the same number of hours. */
export const CONFIRM_HOURS = 48;
export const OFFER_HOURS = 48;

/** A person needs at least this long to fill in the sign-up form; faster is almost always a bot. */
export const MIN_FILL_MS = 3_000;

export const HOUR_MS = 60 * 60 * 1000;
export const DAY_MS = 24 * HOUR_MS;
