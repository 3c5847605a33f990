import type { BackgroundJob } from '../jobs/types';
import { deleteExpiredAuditEntries } from './deleteExpiredAuditEntries';

/** Removes audit entries older than AUDIT_RETENTION_DAYS, once a day across all processes. */
export const auditRetentionJob: BackgroundJob = {
  name: 'audit-retention',
  everyMs: 24 * 60 * 60_000,
  async run({ payload }) {
    return await deleteExpiredAuditEntries(payload);
  },
};
