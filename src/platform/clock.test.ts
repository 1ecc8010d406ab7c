import { describe, expect, it } from 'vitest';
import { testClockFromEnv } from './clock.js';

describe('testClockFromEnv (e2e only)', () => {
  const read = (content: string | null) => () => {
    if (content === null) throw new Error('ENOENT');
    return content;
  };

  it('is off without the variable', () => {
    expect(testClockFromEnv({ NODE_ENV: 'test' }, read('0'))).toBeNull();
  });

  it('refuses the variable outside NODE_ENV=test, production included', () => {
    for (const NODE_ENV of ['production', 'development', undefined]) {
      expect(() => testClockFromEnv({ NODE_ENV, ZHIFA_TEST_CLOCK_FILE: '/tmp/x' }, read('0'))).toThrow(/NODE_ENV=test/);
    }
  });

  it('adds the offset in the file, read on every call, and none while the file is missing', () => {
    let content: string | null = null;
    const clock = testClockFromEnv({ NODE_ENV: 'test', ZHIFA_TEST_CLOCK_FILE: '/tmp/x' }, () => read(content)())!;
    expect(Math.abs(clock.now().getTime() - Date.now())).toBeLessThan(1_000);
    content = String(9 * 86_400_000);
    expect(clock.now().getTime() - Date.now()).toBeGreaterThan(9 * 86_400_000 - 1_000);
  });
});
