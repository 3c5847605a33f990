import type { BackgroundJob } from '../../jobs/types';
import type { RecountMemory } from '../capacity/recountSeats';
import { recountSeats } from '../capacity/recountSeats';
import { deleteExpiredRegistrations } from '../deleteExpiredRegistrations';
import { expireOffers } from '../expireOffers';
import { expireUnconfirmed } from '../expireUnconfirmed';
import { sendReminders } from '../sendReminders';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** Ends offers and sign-ups whose links ran out; passes freed seats on to the waiting list. */
export const expireGroupLinksJob: BackgroundJob = {
  name: 'group-expiry',
  everyMs: MINUTE,
  async run({ payload }) {
    const offers = await expireOffers(payload);
    const unconfirmed = await expireUnconfirmed(payload);
    return { offersExpired: offers.expired, newOffers: offers.offered, unconfirmed };
  },
};

/** Queues meeting reminders (their dedupe keys make a repeated run harmless). */
export const groupRemindersJob: BackgroundJob = {
  name: 'group-reminders',
  everyMs: HOUR,
  async run({ payload, log }) {
    const r = await sendReminders(payload);
    if (r.waitingForLink) log.warn('online meetings without a meeting link; reminders wait for it', { count: r.waitingForLink });
    return { reminders: r.queued };
  },
};

/** Deletes registrations RETENTION_DAYS after their group's last meeting. */
export const groupRetentionJob: BackgroundJob = {
  name: 'group-retention',
  everyMs: 24 * HOUR,
  async run({ payload }) {
    const r = await deleteExpiredRegistrations(payload);
    return { deleted: r.deleted, orphans: r.orphansDeleted, failedEmails: r.failedEmailsDeleted };
  },
};

// Per process: a repair needs two runs in a row by the same runner to agree (see recountSeats).
const recountMemory: RecountMemory = new Map();

/** Repairs seat counts lost to a crash between two writes. */
export const seatRecountJob: BackgroundJob = {
  name: 'seat-recount',
  everyMs: 10 * MINUTE,
  async run({ payload, log }) {
    const repaired = await recountSeats(payload, recountMemory);
    if (repaired) log.warn('seat counts repaired from the registrations', { count: repaired });
    return { repaired };
  },
};
