import type { AppContext } from '../context.js';
import { createCheckpoint, headSeq, latestCheckpoint } from './service.js';

/**
 * Signs a checkpoint every `every` new entries or every `minutes`, whichever comes first. The
 * state lives in the database (the last checkpoint's size), so a restart loses nothing; a
 * final checkpoint is written on a clean stop.
 */
export function startCheckpointer(app: AppContext, opts: { every: number; minutes: number; pollMs?: number }) {
  let lastAt = Date.now();
  let running: Promise<unknown> = Promise.resolve();
  const tick = async () => {
    const [head, cp] = await Promise.all([headSeq(app.db), latestCheckpoint(app.db)]);
    const pending = head - (cp?.treeSize ?? 0);
    if (pending <= 0) return;
    if (pending >= opts.every || Date.now() - lastAt >= opts.minutes * 60_000) {
      await createCheckpoint(app);
      lastAt = Date.now();
    }
  };
  const timer = setInterval(() => {
    running = running.then(tick).catch((e) => app.log.error({ err: e }, 'checkpoint failed'));
  }, opts.pollMs ?? 10_000);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
      await createCheckpoint(app).catch((e) => app.log.error({ err: e }, 'final checkpoint failed'));
    },
  };
}
