import { defineConfig } from 'vitest/config';

/**
 * Four projects, one per kind of test (see README "Tests"):
 * - unit: pure functions, no database, no server;
 * - int: the real Payload Local API on a temporary SQLite file (or MongoDB via MONGODB_URL);
 * - http: the real Express app on a random port;
 * - e2e: Chromium (playwright-core) against the built server.
 */
export default defineConfig({
  test: {
    // One test file at a time: the integration, HTTP and browser suites start servers and
    // databases, and this machine has two cores; parallel files made timings flaky.
    maxWorkers: 1,
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.spec.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'int',
          include: ['test/int/**/*.int.spec.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'http',
          include: ['test/http/**/*.http.spec.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.e2e.spec.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 240_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
