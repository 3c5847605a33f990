/**
 * Lets code that has just created work ask this process's job runner to run a job now rather
 * than at its next interval (e.g. a confirmation e-mail that was just queued). Only jobs that
 * run `everywhere` are woken: they claim their own items, so an extra run is always safe. In a
 * process without a job runner nothing happens, and the job runs at its interval elsewhere.
 */
type Listener = (jobName: string) => void;

const listeners = new Set<Listener>();

export function wakeJob(jobName: string): void {
  for (const listener of listeners) listener(jobName);
}

/** Used by the job runner. Returns the function that stops listening. */
export function onJobWake(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
