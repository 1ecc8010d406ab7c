import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { systemClock } from '../platform/clock.js';
import type { AppContext } from '../platform/context.js';
import { chinaDate } from '../platform/dates.js';
import { beijing, Timeline } from './timeline.js';

const app = { clock: systemClock, log: pino({ level: 'silent' }) } as unknown as AppContext;

describe('the demo timeline', () => {
  it('runs steps in time order on a clock stopped at each, steps scheduling later ones, and drops what falls at or after its end', async () => {
    const t = new Timeline(beijing('2026-12-07', '09:00'));
    const seen: string[] = [];
    const note = (label: string) => async (a: AppContext, on: string) => {
      seen.push(`${label} ${on} ${chinaDate(a.clock.now())} ${a.clock.now().toISOString()}`);
    };
    t.at('2026-03-02', '14:00', note('b'));
    t.at('2026-03-02', '09:30', async (a, on) => {
      await note('a')(a, on);
      t.at('2026-03-05', '10:00', note('c'));
    });
    expect(t.at('2026-12-07', '09:00', note('now'))).toBe(false);
    expect(t.at('2026-12-07', '08:59', note('d'))).toBe(true);
    expect(await t.run(app, [])).toBe(4);
    expect(seen).toEqual([
      'a 2026-03-02 2026-03-02 2026-03-02T01:30:00.000Z',
      'b 2026-03-02 2026-03-02 2026-03-02T06:00:00.000Z',
      'c 2026-03-05 2026-03-05 2026-03-05T02:00:00.000Z',
      'd 2026-12-07 2026-12-07 2026-12-07T00:59:00.000Z',
    ]);
  });

  it('refuses a step scheduled before the one scheduling it', async () => {
    const t = new Timeline(beijing('2026-12-07', '09:00'));
    t.at('2026-03-02', '09:30', async () => void t.at('2026-03-01', '10:00', async () => undefined));
    await expect(t.run(app, [])).rejects.toThrow(/scheduled from a later step/);
  });
});
