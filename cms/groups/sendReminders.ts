import type { Payload } from 'payload';
import { queueEmail } from '../email/outbox/queueEmail';
import { reminder } from '../email/templates/reminder';
import { runtimeConfig } from '../lib/runtimeConfig';
import { meetingInstants } from './formatMeeting';
import type { Group } from './groupDocs';
import { placeOf } from './groupEmails';
import { type GroupSettings, groupSettings } from './groupSettings';
import { DAY_MS } from './lifetimes';
import { meetingsOf } from './meetingsOf';
import { REGISTRATION_STATUS } from './registrationStatus';

export interface ReminderRunResult {
  queued: number;
  /** Online meetings within the window whose group has no meeting link yet: retried next run. */
  waitingForLink: number;
}

/**
 * Queues a reminder to every confirmed participant for each meeting that starts within
 * `REMINDER_DAYS` days (run hourly). For online groups this is the only email with the
 * meeting link. The dedupe key (registration + meeting date and time) makes sure nobody gets
 * the same reminder twice, however often this runs; a moved meeting gets a new reminder.
 */
export async function sendReminders(
  payload: Payload,
  now: Date = new Date(),
  settings: GroupSettings = groupSettings(),
): Promise<ReminderRunResult> {
  const result: ReminderRunResult = { queued: 0, waitingForLink: 0 };
  if (settings.reminderDays === 0) return result;
  const windowEnd = now.getTime() + settings.reminderDays * DAY_MS;
  const { docs: groups } = await payload.find({ collection: 'groups', limit: 500, depth: 0, overrideAccess: true, pagination: false });
  for (const group of groups) {
    const meetings = meetingsOf(group);
    for (const [index, meeting] of meetings.entries()) {
      const start = meetingInstants(meeting).start.getTime();
      if (start <= now.getTime() || start > windowEnd) continue;
      const place = placeFor(group);
      if (!place) {
        result.waitingForLink++;
        continue;
      }
      const { docs: participants } = await payload.find({
        collection: 'registrations',
        where: { and: [{ group: { equals: group.id } }, { status: { equals: REGISTRATION_STATUS.confirmed } }] },
        limit: 200,
        depth: 0,
        overrideAccess: true,
      });
      for (const reg of participants) {
        const email = reminder({
          name: reg.name,
          groupTitle: group.title,
          meeting,
          meetingNumber: index + 1,
          meetingCount: meetings.length,
          place,
          senderName: runtimeConfig().mailFromName,
        });
        const dedupeKey = `reminder:${reg.id}:${meeting.date}T${meeting.start}`;
        if ((await queueEmail(payload, { to: reg.email, email, kind: 'reminder', dedupeKey, now })).queued) result.queued++;
      }
    }
  }
  return result;
}

/** Where to meet; null for an online group without a usable https link (yet). */
function placeFor(group: Group) {
  if (group.format !== 'online') return { kind: 'in-person', address: placeOf(group) } as const;
  return isHttps(group.meetingLink) ? ({ kind: 'online', meetingUrl: group.meetingLink } as const) : null;
}

function isHttps(value: unknown): value is string {
  try {
    return typeof value === 'string' && new URL(value).protocol === 'https:';
  } catch {
    return false;
  }
}
