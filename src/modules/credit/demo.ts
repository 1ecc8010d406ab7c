// The credit list's part of the demo. About seven months before the seed day an officer proposes an
// enterprise for the list from one of the year's penalty decisions (其他性质恶劣、情节严重), serves the
// notice the same day; the enterprise states its case three days later; the 负责人 lists it ten
// days on and the decision is served two days after. A second decision is proposed a month later and,
// the period passing without a statement but the facts not bearing the criterion out, not listed.
// A week after the listing the enterprise objects at the counter to a word of the published facts;
// the officer upholds them with reasons. No credit repair: an application needs 12 months on the
// list (repair/rules.ts REPAIR_WAIT), longer than the demo's year since its first penalty decision.
// The penalty decisions are found through the cases module's own list, never its tables.
import { addDays } from '../../platform/dates.js';
import type { DemoContext } from '../../platform/modules.js';
import type { AppContext } from '../../platform/context.js';
import type { CaseOut } from '../cases/contract.js';
import { listCases } from '../cases/list.js';
import { statementDueOn } from './rules.js';
import { fileObjection, handleObjection } from './repair/objections.js';
import { decideListing, proposeListing, recordStatement, serveDecision, serveNotice } from './service.js';

/** States a penalty decision stands in, most settled first. */
const DECIDED = ['closed', 'archived', 'paid', 'served', 'overdue', 'decided'] as const;

export async function seedCreditDemo(ctx: DemoContext) {
  const on = (daysBefore: number) => [addDays(ctx.today, -daysBefore), ctx.start].sort().at(-1) as string;
  const taken = new Set<string>();
  /** A general-procedure decision against an enterprise (not qy.demo's), decided by `date`, not yet proposed. */
  async function decision(app: AppContext, date: string): Promise<CaseOut | undefined> {
    const chief = await ctx.actor('xn.chief');
    for (const state of DECIDED) {
      const { items } = await listCases(app, chief, { state, procedure: 'general', page: 1, pageSize: 100 });
      const found = items.find(
        (c) => c.enterpriseId && c.enterpriseId !== ctx.enterprise.id && c.decisionNumber && c.decidedOn && c.decidedOn <= date && !taken.has(c.id),
      );
      if (found) {
        taken.add(found.id);
        return found;
      }
    }
    return undefined;
  }
  /** Who proposes and who decides for the bureau that decided the penalty (谁处罚、谁决定). */
  const people = (orgId: string) => {
    const county = ctx.counties.find((c) => c.id === orgId);
    const prefix = county ? `c${county.regionCode.slice(4)}` : null;
    return { proposer: prefix ? `${prefix}.officer1` : 'xn.officer2', decider: prefix ? `${prefix}.head` : 'xn.deputy' };
  };

  const listed = on(210);
  ctx.at(listed, '09:30', async (app) => {
    const c = await decision(app, listed);
    if (!c) return;
    const who = people(c.orgId);
    let l = await proposeListing(app, await ctx.actor(who.proposer), {
      caseId: c.id,
      criterion: 'otherSerious',
      facts: '该单位经责令限期整改后仍未消除重大事故隐患，继续组织从业人员冒险作业，受到行政处罚，性质恶劣、情节严重',
    });
    l = await serveNotice(app, await ctx.actor(who.proposer), l.id, { version: l.version, servedOn: listed });
    const id = l.id;
    ctx.at(addDays(listed, 3), '15:00', async (app2) => {
      const now = await recordStatement(app2, await ctx.actor(who.proposer), id, {
        version: l.version,
        statement: '我单位对处罚决定认定的事实无异议，已完成全部整改，恳请不予列入严重失信主体名单。',
        receivedOn: addDays(listed, 3),
      });
      ctx.at(addDays(listed, 10), '10:00', async (app3) => {
        const d = await decideListing(app3, await ctx.actor(who.decider), id, {
          version: now.version,
          outcome: 'list',
          reason: '当事人所称整改系受处罚后完成，不影响对其违法行为性质恶劣、情节严重的认定，陈述申辩意见不予采纳',
        });
        ctx.at(addDays(listed, 12), '11:00', async (app4) => {
          await serveDecision(app4, await ctx.actor(who.proposer), id, { version: d.version, servedOn: addDays(listed, 12) });
        });
        ctx.at(addDays(listed, 17), '14:00', async (app5) => {
          const o = await fileObjection(app5, await ctx.actor(who.proposer), {
            listingId: id,
            content: '我单位对公示的列入事实中“继续组织从业人员冒险作业”有异议，当时仅为设备调试，未组织生产',
          });
          ctx.at(addDays(listed, 20), '10:30', async (app6) => {
            await handleObjection(app6, await ctx.actor(who.proposer), o.id, {
              version: o.version,
              outcome: 'uphold',
              reason: '经调取现场检查记录和询问笔录，检查当日该单位已组织从业人员进入受限空间作业，列入事实准确，维持原信息',
            });
          });
        });
      });
    });
  });

  const withdrawn = on(180);
  ctx.at(withdrawn, '09:30', async (app) => {
    const c = await decision(app, withdrawn);
    if (!c) return;
    const who = people(c.orgId);
    let l = await proposeListing(app, await ctx.actor(who.proposer), {
      caseId: c.id,
      criterion: 'refusedExecution',
      facts: '该单位在行政处罚决定作出后逾期未缴纳罚款，经催告仍未履行',
    });
    l = await serveNotice(app, await ctx.actor(who.proposer), l.id, { version: l.version, servedOn: withdrawn });
    const after = addDays(statementDueOn(withdrawn), 2);
    const { id, version } = l;
    ctx.at(after, '10:00', async (app2) => {
      await decideListing(app2, await ctx.actor(who.decider), id, {
        version,
        outcome: 'withdraw',
        reason: '经核查，当事人已于告知后缴清罚款及加处罚款，不属于有执行能力拒不执行或者逃避执行的情形',
      });
    });
  });
}
