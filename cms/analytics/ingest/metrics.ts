/**
 * Counter names: the storage contract between the ingest, the writer and the dashboard.
 * Renaming one orphans the counts already stored under it.
 *
 * Keys per metric: route key (pageviews), '' (visits, returningVisits, visitors,
 * monthVisitors, yearVisitors, yearReturningVisitors),
 * source code (sourceVisits, sourceModuleStarts), referrer host (referrers),
 * module number as a string, e.g. "6" (moduleStarts, moduleFinishes), '' for the contact
 * counters, which the server itself increments (cms/contact/countContactEvent.ts): new
 * conversations, follow-up messages from people, and answers from counsellors.
 */
export const METRICS = [
  'pageviews',
  'visits',
  'returningVisits',
  'visitors',
  'sourceVisits',
  'referrers',
  'moduleStarts',
  'sourceModuleStarts',
  'moduleFinishes',
  // Browsers counted on their first page view of the month / the year / their first returning
  // visit of the year: summed from the first of a month or year they give exact unique
  // visitors. Counted since the visit definitions changed (see getCountingHistory).
  'monthVisitors',
  'yearVisitors',
  'yearReturningVisitors',
  // Counted by the server itself (cms/contact/countContactEvent.ts), never by a beacon.
  'contactConversations',
  'contactReplies',
  'contactAnswers',
] as const;

export type Metric = (typeof METRICS)[number];

/** One counter increment: add `count` to the counter (day, metric, key). */
export interface Increment {
  /** 'YYYY-MM-DD', the day in Europe/Amsterdam. */
  readonly day: string;
  readonly metric: Metric;
  readonly key: string;
  readonly count: number;
}
