import type { Payload } from 'payload';
import { dayInAmsterdam } from '../analytics/dayInAmsterdam';
import type { Metric } from '../analytics/ingest/metrics';
import { incrementCounters } from '../analytics/write/incrementCounters';

/** The contact counters: how many conversations, messages and answers, per Dutch day. */
export type ContactMetric = Extract<Metric, 'contactConversations' | 'contactReplies' | 'contactAnswers'>;

/**
 * Adds one to a contact counter of today, through the analytics' one write path. Only the
 * number is kept: no conversation, person or time of day. A failed count is logged and
 * dropped; it must never cost a person their message.
 */
export async function countContactEvent(payload: Payload, metric: ContactMetric, now: Date = new Date()): Promise<void> {
  try {
    await incrementCounters(payload, [{ day: dayInAmsterdam(now), metric, key: '', count: 1 }]);
  } catch (error) {
    payload.logger.warn({ msg: 'contact counter not written', metric, error: (error as Error)?.message?.slice(0, 200) });
  }
}
