export interface Repeating {
  /** Stops the timer and waits for a run in progress. */
  stop(): Promise<void>;
}

/**
 * Runs `task` every `ms` milliseconds, never overlapping itself: a tick that comes while the
 * previous run is still busy is skipped. The timer is unref'd so it never keeps the process
 * alive on its own. Errors go to `onError`; the next tick runs as usual.
 */
export function every(ms: number, task: () => Promise<unknown>, onError: (error: unknown) => void): Repeating {
  let current: Promise<void> | null = null;
  const tick = () => {
    if (current) return;
    current = task()
      .then(() => undefined, onError)
      .finally(() => {
        current = null;
      });
  };
  const timer = setInterval(tick, ms);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await current;
    },
  };
}
