import type { BackgroundJob } from '../jobs/types';
import { deleteExpiredConversations } from './deleteExpiredConversations';

/** Deletes conversations past CONTACT_RETENTION_DAYS, every hour across all processes. */
export const contactRetentionJob: BackgroundJob = {
  name: 'contact-retention',
  everyMs: 60 * 60_000,
  async run({ payload }) {
    return await deleteExpiredConversations(payload);
  },
};
