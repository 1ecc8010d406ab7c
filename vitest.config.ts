import { defineConfig } from 'vitest/config';

// Tests that touch a database end in `.db.test.ts` and run on PGlite always, and again on a
// real PostgreSQL server when TEST_DATABASE_URL is set. Pure tests run once.
//
// The unit and database projects share each worker's module graph between files (isolate: false):
// every file builds its own world (database, app, clock) and the code keeps no state of its own
// between them, so loading the app's few thousand modules once per worker instead of once per file
// halves the suite's time. A test that changes process-wide state (TZ, a spy) restores it.
const pg = process.env.TEST_DATABASE_URL;

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'pglite',
          include: ['src/**/*.test.ts', 'bench/**/*.test.ts', 'web/src/**/*.test.ts'],
          environment: 'node',
          isolate: false,
          testTimeout: 30_000,
          hookTimeout: 60_000,
          env: { ZHIFA_TEST_DB: 'pglite' },
        },
      },
      ...(pg
        ? [
            {
              test: {
                name: 'postgres',
                include: ['src/**/*.db.test.ts', 'bench/**/*.db.test.ts'],
                // The fuzz test sends malformed input to every route; nearly all of it is refused by the
                // schemas and the guards before a query, and what reaches the database meets the same
                // PostgreSQL engine in PGlite. It runs once, on PGlite, to keep CI under its 30 minutes;
                // the permission walk and the crash test, which write, run on both.
                // The smallest-scale bench world (bench/scale.db.test.ts) runs once too: CI's bench step
                // runs every scenario on PostgreSQL at a tenth of the demo size after the tests.
                exclude: ['src/testing/fuzz.db.test.ts', 'bench/scale.db.test.ts'],
                environment: 'node',
                isolate: false,
                testTimeout: 30_000,
                hookTimeout: 60_000,
                env: { ZHIFA_TEST_DB: 'postgres' },
              },
            },
          ]
        : []),
      {
        test: {
          name: 'e2e',
          include: ['e2e/**/*.test.ts'],
          globalSetup: ['e2e/global-setup.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: true,
        },
      },
    ],
  },
});
