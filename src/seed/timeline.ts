// The demo's year of work as a queue of dated steps. Each module schedules its part; the steps
// then run in time order, each on a clock stopped at its instant, so every act — and its ledger
// entry — carries the time it would have had, and the ledger reads in order.
import { FixedClock } from '../platform/clock.js';
import type { AppContext } from '../platform/context.js';
import { eventBus } from '../platform/events.js';
import type { ServerModule } from '../platform/modules.js';

export type Step = (app: AppContext, on: string) => Promise<void>;

interface Entry {
  at: number;
  seq: number;
  on: string;
  step: Step;
}

const WHEN = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2})$/;

/** The instant of a Beijing date and time (`YYYY-MM-DD`, `HH:mm`). */
export function beijing(date: string, time: string): Date {
  const d = new Date(`${date}T${time}:00+08:00`);
  if (Number.isNaN(d.getTime()) || !WHEN.test(`${date} ${time}`)) throw new Error(`not a Beijing date and time: ${date} ${time}`);
  return d;
}

export class Timeline {
  private queue: Entry[] = [];
  private seq = 0;
  private current = Number.NEGATIVE_INFINITY;

  /** `until`: steps at or after it are not scheduled (the demo stops at the seed's now). */
  constructor(private readonly until: Date) {}

  at(date: string, time: string, step: Step): boolean {
    const at = beijing(date, time).getTime();
    if (at >= this.until.getTime()) return false;
    if (at < this.current) throw new Error(`a demo step at ${date} ${time} was scheduled from a later step (${new Date(this.current).toISOString()})`);
    this.queue.push({ at, seq: this.seq++, on: date, step });
    return true;
  }

  /**
   * Runs the steps in time order (scheduling order within an instant), each on its own clock and
   * event bus: subscribers act in the step's transaction and at the step's time too.
   */
  async run(app: AppContext, modules: readonly ServerModule[]): Promise<number> {
    let ran = 0;
    while (this.queue.length) {
      let next = 0;
      for (let i = 1; i < this.queue.length; i++) {
        const a = this.queue[i];
        const b = this.queue[next];
        if (a.at < b.at || (a.at === b.at && a.seq < b.seq)) next = i;
      }
      const [entry] = this.queue.splice(next, 1);
      this.current = entry.at;
      const stepApp: AppContext = { ...app, clock: new FixedClock(new Date(entry.at)), events: eventBus(modules, () => stepApp) };
      await entry.step(stepApp, entry.on);
      ran++;
    }
    return ran;
  }
}
