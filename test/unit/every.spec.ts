import { afterEach, describe, expect, test, vi } from 'vitest';
import { every } from '../../cms/groups/jobs/every';

afterEach(() => {
  vi.useRealTimers();
});

describe('every', () => {
  test('never runs a task while its previous run is still busy', async () => {
    vi.useFakeTimers();
    let running = 0;
    let maxRunning = 0;
    let runs = 0;
    let release: () => void = () => undefined;
    const job = every(
      1000,
      async () => {
        runs++;
        running++;
        maxRunning = Math.max(maxRunning, running);
        await new Promise<void>((resolve) => {
          release = resolve;
        });
        running--;
      },
      () => undefined,
    );
    await vi.advanceTimersByTimeAsync(5000);
    expect([runs, maxRunning]).toEqual([1, 1]);
    release();
    await vi.advanceTimersByTimeAsync(1000);
    expect(runs).toBe(2);
    release();
    await job.stop();
  });

  test('reports errors and keeps going', async () => {
    vi.useFakeTimers();
    const errors: unknown[] = [];
    const job = every(1000, () => Promise.reject(new Error('stuk')), (error) => errors.push(error));
    await vi.advanceTimersByTimeAsync(3000);
    expect(errors).toHaveLength(3);
    await job.stop();
  });
});
