import { auditRetentionJob } from '../audit/auditRetentionJob';
import { contactRetentionJob } from '../contact/contactRetentionJob';
import { outboxJob } from '../email/outbox/outboxJob';
import { expireGroupLinksJob, groupRemindersJob, groupRetentionJob, seatRecountJob } from '../groups/jobs/groupJobs';
import { pruneAttemptCountersJob, pruneCacheEventsJob } from './maintenanceJobs';
import { payloadJobsJob } from './payloadJobsJob';
import type { BackgroundJob } from './types';

/**
 * Every background job of the portal, run by `startJobRunner` in the process(es) that run
 * background work. To add one: define a `BackgroundJob` next to the code it runs (see
 * cms/jobs/types.ts for `runs: 'once' | 'everywhere'`) and add it here, one line.
 */
export const BACKGROUND_JOBS: readonly BackgroundJob[] = [
  outboxJob,
  payloadJobsJob,
  expireGroupLinksJob,
  groupRemindersJob,
  groupRetentionJob,
  seatRecountJob,
  pruneCacheEventsJob,
  pruneAttemptCountersJob,
  auditRetentionJob,
  contactRetentionJob,
];
