import { claimPayloadJob, releaseStalePayloadJobs } from './claimPayloadJob';
import type { BackgroundJob } from './types';

// A run handles at most this many jobs; the rest wait for the next run a few seconds later.
const PER_RUN = 20;

/**
 * Runs the jobs Payload queues, which in this portal is scheduled publishing ("Publicatie
 * plannen" in the admin). Every runner looks every 5 seconds; each job is claimed atomically
 * (claimPayloadJob) and then run by Payload itself, so it runs once, also right after a restart,
 * without anyone opening the admin.
 */
export const payloadJobsJob: BackgroundJob = {
  name: 'payload-jobs',
  everyMs: 5_000,
  runs: 'everywhere',
  async run({ payload }) {
    const now = new Date();
    const released = await releaseStalePayloadJobs(payload, now);
    let ran = 0;
    for (; ran < PER_RUN; ran++) {
      const id = await claimPayloadJob(payload, now);
      if (id === null) break;
      await payload.jobs.runByID({ id, overrideAccess: true, silent: true });
    }
    return { ran, released };
  },
};
