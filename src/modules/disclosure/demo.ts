// The disclosure module's part of the demo: 事后公开 through the year. The results and decisions
// the other modules' acts made due are published by the office a few days after the act — most
// on time, one in seven only after its last day (late) — and the latest are still due when the
// demo ends. Publication goes through the service, each with its ledger entry, on the demo's
// timeline (src/seed/timeline.ts).
import { and, asc, eq, lte } from 'drizzle-orm';
import { addDays } from '../../platform/dates.js';
import type { AppContext } from '../../platform/context.js';
import type { DemoContext } from '../../platform/modules.js';
import { disclosure } from './schema.js';
import { publish } from './service.js';

export async function seedDisclosureDemo(_app: AppContext, ctx: DemoContext) {
  const late = new Set<string>();
  let seen = 0;
  const clerk = async (orgId: string) => {
    const county = ctx.counties.find((c) => c.id === orgId);
    return ctx.actor(county ? `c${county.regionCode.slice(4)}.chief` : 'xn.chief');
  };
  for (let on = addDays(ctx.start, 12); on < ctx.today; on = addDays(on, 4)) {
    ctx.at(on, '17:30', async (app) => {
      const pending = await app.db
        .select({ id: disclosure.id, orgId: disclosure.orgId, dueOn: disclosure.dueOn })
        .from(disclosure)
        .where(and(eq(disclosure.status, 'pending'), lte(disclosure.decidedOn, addDays(on, -5))))
        .orderBy(asc(disclosure.decidedOn), asc(disclosure.createdAt));
      for (const item of pending) {
        // Every seventh item is forgotten until after its last day.
        if (!late.has(item.id) && item.dueOn >= on && seen++ % 7 === 3) late.add(item.id);
        if (late.has(item.id) && item.dueOn >= addDays(on, -4)) continue;
        await publish(app, await clerk(item.orgId), item.id);
      }
    });
  }
}
