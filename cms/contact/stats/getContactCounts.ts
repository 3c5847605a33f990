import type { Payload } from 'payload';
import { daysInRange, monthsInRange } from '../../analytics/queries/calendar';
import { type ReadAs, sumCounters } from '../../analytics/queries/sumCounters';

const METRICS = ['contactConversations', 'contactReplies', 'contactAnswers'] as const;
const FIELD = { contactConversations: 'conversations', contactReplies: 'replies', contactAnswers: 'answers' } as const;

/** How much came in through the contact form in one day, month or range. */
export interface ContactCount {
  /** New conversations (first messages). */
  conversations: number;
  /** Further messages from people in existing conversations. */
  replies: number;
  /** Answers written by counsellors. */
  answers: number;
}

export interface ContactCounts {
  from: string;
  to: string;
  totals: ContactCount;
  perMonth: ({ month: string } & ContactCount)[];
  perDay: ({ day: string } & ContactCount)[];
}

const zero = (): ContactCount => ({ conversations: 0, replies: 0, answers: 0 });

/**
 * Contact-form counts between `from` and `to` ('YYYY-MM-DD', both included): totals, per
 * month and per day (zero where nothing came in). Aggregates only: the counters hold numbers
 * per day and nothing about any conversation.
 */
export async function getContactCounts(payload: Payload, from: string, to: string, readAs: ReadAs = {}): Promise<ContactCounts> {
  const rows = await sumCounters(payload, { from, to, metrics: METRICS, period: 'day' }, readAs);
  const perDay = new Map(daysInRange(from, to).map((day) => [day, { day, ...zero() }]));
  const perMonth = new Map(monthsInRange(from, to).map((month) => [month, { month, ...zero() }]));
  const totals = zero();
  for (const row of rows) {
    const field = FIELD[row.metric as keyof typeof FIELD];
    if (!field) continue;
    const day = perDay.get(row.period);
    if (!day) continue;
    day[field] += row.count;
    const month = perMonth.get(row.period.slice(0, 7));
    if (month) month[field] += row.count;
    totals[field] += row.count;
  }
  return { from, to, totals, perMonth: [...perMonth.values()], perDay: [...perDay.values()] };
}
