// Time is injected everywhere so rules and tests never depend on the wall clock.
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock tests can set and move. */
export class FixedClock implements Clock {
  constructor(private t: Date) {}
  now(): Date {
    return new Date(this.t.getTime());
  }
  set(t: Date): void {
    this.t = new Date(t.getTime());
  }
  advance(ms: number): void {
    this.t = new Date(this.t.getTime() + ms);
  }
}

/**
 * The e2e tests' clock: the system time moved by the offset (milliseconds) written in the file
 * ZHIFA_TEST_CLOCK_FILE names, read on every call. Statutory periods (statement, hearing notice,
 * payment) are days long and a browser test cannot wait them out; this lets it move the server's
 * "today" forward. Honoured only when NODE_ENV=test: a production server whose clock anyone with
 * write access to a file could move would make every deadline and every ledger timestamp forgeable,
 * so there the variable is refused loudly rather than ignored.
 */
export function testClockFromEnv(env: NodeJS.ProcessEnv, read: (file: string) => string): Clock | null {
  const file = env.ZHIFA_TEST_CLOCK_FILE;
  if (!file) return null;
  if (env.NODE_ENV !== 'test') {
    throw new Error(`ZHIFA_TEST_CLOCK_FILE is for end-to-end tests only and is refused unless NODE_ENV=test (NODE_ENV=${env.NODE_ENV ?? ''})`);
  }
  return {
    now: () => {
      let offset = 0;
      try {
        offset = Number(read(file).trim()) || 0;
      } catch {
        // No file yet: no offset.
      }
      return new Date(Date.now() + offset);
    },
  };
}
