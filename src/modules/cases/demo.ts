// The cases module's part of the demo: a year of penalty cases walked through the state machine
// by the people whose step it is — the investigators, the section chief (审理, 听证主持), the legal
// reviewer (法制审核) and the head — on the demo's timeline (src/seed/timeline.ts). Older cases
// end (archived, transferred, not punished); recent ones stand wherever their year stopped. Cases
// opened by a hazard's escalation (the inspections demo) are taken up as the office finds them.
// Each step waits for what the law makes it wait for: the statement and hearing-request periods,
// seven working days' notice of a hearing, the payment period.
import { assembleSoon } from './casefile/service.js';
import { and, asc, eq } from 'drizzle-orm';
import type { AppContext } from '../../platform/context.js';
import { systemActor } from '../../platform/context.js';
import { addDays } from '../../platform/dates.js';
import type { DemoActor, DemoContext } from '../../platform/modules.js';
import { addWorkdays } from '../../platform/workdays/calendar.js';
import { calculate } from '../catalogue/service.js';
import { factsIn } from '../catalogue/contract.js';
import { listEnterprises } from '../registry/service.js';
import type { CaseOut, EventPayload } from './contract.js';
import { penaltyCase } from './schema.js';
import { applyEvent } from './apply-event.js';
import { createCase, getCase, submitReview } from './service.js';
import { amountDue } from './workflow/deadlines.js';
import type { CaseEventName } from './workflow/machine.js';
import { REVIEW_ITEM_NAMES } from './workflow/review.js';

/** How a case's year goes: the ordinary course to archive, with a hearing, paid late, or ended early. */
type Script = 'archived' | 'hearing' | 'paidLate' | 'paidLateOpen' | 'transfer' | 'police' | 'notPunished' | 'draft';
type Who = 'inv' | 'chief' | 'head' | 'reviewer';
type Case = CaseOut;

interface Walk {
  ctx: DemoContext;
  id: string;
  script: Script;
  staff: Record<Exclude<Who, 'inv'>, DemoActor>;
  /** The case as the last step left it (the steps of a walk run one after another). */
  current?: Case;
}

const ALL_OK = Object.fromEntries(REVIEW_ITEM_NAMES.map((k) => [k, { ok: true }])) as Parameters<typeof submitReview>[3]['checklist'];
const latest = (...dates: (string | null)[]) =>
  dates
    .filter((d): d is string => !!d)
    .sort()
    .at(-1)!;

async function staffOf(ctx: DemoContext, orgId: string): Promise<Walk['staff']> {
  const county = ctx.counties.find((c) => c.id === orgId);
  const prefix = county ? `c${county.regionCode.slice(4)}` : 'xn';
  return { chief: await ctx.actor(`${prefix}.chief`), head: await ctx.actor(`${prefix}.head`), reviewer: await ctx.actor(`${prefix}.reviewer`) };
}

/** The fine the discretion calculator suggests for the facts: within the benchmark, so no deviation to justify. */
async function proposal(app: AppContext, c: Case, harmful: boolean): Promise<EventPayload> {
  const discretionFacts = harmful ? { harmCaused: 'harmful' as const } : { firstOffence: true, correctedPromptly: true };
  const calc = await calculate(app, systemActor, {
    violationTypeCode: c.violationTypeCode,
    stage: 'initial',
    party: 'unit',
    orgId: c.orgId,
    violationDate: c.violationDate,
    facts: factsIn.parse(discretionFacts),
  });
  if (calc.result.outcome === 'penalty') return { penalty: { measures: ['fine'], fineYuan: calc.result.suggested, confiscationYuan: 0 }, discretionFacts };
  // No band to measure against: the fine is reasoned in writing and goes to legal review.
  return {
    penalty: { measures: ['fine'], fineYuan: 10_000, confiscationYuan: 0 },
    discretionFacts,
    benchmarkDeviationReasons: '裁量基准未规定该违法行为的罚款幅度，结合违法情节、整改情况综合裁量',
  };
}

/**
 * One step of the walk at a day and time, then the next: each step says when the one after it
 * may come, and the walk ends where the year does (a step on or after the seed's now is dropped).
 */
function step(
  w: Walk,
  on: string,
  time: string,
  who: Who,
  event: CaseEventName,
  payload: (c: Case, app: AppContext) => Promise<EventPayload> | EventPayload,
  next: (c: Case) => void,
) {
  w.ctx.at(on, time, async (app) => {
    const before = w.current ?? (await getCase(app, systemActor, w.id));
    const actor = who === 'inv' ? await w.ctx.actor(before.investigatorIds[0]) : w.staff[who];
    const body = await payload(before, app);
    const c =
      event === 'passLegalReview'
        ? await submitReview(app, actor, w.id, {
            checklist: ALL_OK,
            outcome: 'pass',
            opinion: body.opinion ?? '事实清楚，证据确凿，程序合法，裁量适当，同意。',
            version: before.version,
          })
        : await applyEvent(app, actor, w.id, { event, payload: body, version: before.version });
    w.current = c;
    next(c);
  });
}

const none = () => ({});

/** The 卷宗 owed by 归档, assembled a few minutes later as the route does (a failure stays owed for the job). */
const fileLater = (w: Walk, on: string) => void w.ctx.at(on, '11:05', (app) => assembleSoon(app, w.id));

/** From 提请立案 to 归档, by the script. */
function walk(w: Walk, from: string) {
  const harmful = w.script === 'hearing';
  const s = (on: string, time: string, who: Who, event: CaseEventName, payload: Parameters<typeof step>[5], next: (c: Case) => void) =>
    step(w, on, time, who, event, payload, next);

  const closeOut = (on: string) =>
    s(addDays(on, 3), '10:00', 'inv', 'requestClosure', none, () =>
      s(addDays(on, 5), '15:00', 'chief', 'approveClosure', none, () => s(addDays(on, 9), '11:00', 'inv', 'archive', none, () => fileLater(w, addDays(on, 9)))),
    );
  const payment = (c: Case) => {
    const fine = c.penalty?.fineYuan ?? 0;
    const due = c.paymentDueOn ?? c.servedOn!;
    if (w.script === 'paidLate' || w.script === 'paidLateOpen') {
      const paidOn = addDays(due, 12);
      s(addDays(due, 3), '09:30', 'inv', 'markOverdue', none, () =>
        s(
          paidOn,
          '10:30',
          'inv',
          'recordPayment',
          () => ({ paidYuan: amountDue(fine, due, paidOn).totalFen / 100 }),
          () => {
            if (w.script === 'paidLate') closeOut(paidOn);
          },
        ),
      );
    } else {
      const paidOn = addDays(c.servedOn!, 9);
      s(
        paidOn,
        '10:30',
        'inv',
        'recordPayment',
        () => ({ paidYuan: fine }),
        () => closeOut(paidOn),
      );
    }
  };
  const decideAndServe = (c: Case, after: string) => {
    const on = addDays(latest(c.statementPeriodEndsOn, c.hearingRequestEndsOn, after), 1);
    s(on, '10:00', 'head', 'decide', none, () => s(addDays(on, 1), '15:00', 'inv', 'serve', () => ({ serviceMethod: 'direct' }), payment));
  };
  const hearing = (noticed: string) => {
    const requested = addDays(noticed, 2);
    const hearingOn = addWorkdays(addDays(requested, 1), 8);
    s(
      requested,
      '09:30',
      'inv',
      'requestHearing',
      () => ({ opinion: '当事人书面要求举行听证' }),
      () =>
        s(
          addDays(requested, 1),
          '10:00',
          'head',
          'scheduleHearing',
          () => ({ hearingChairId: w.staff.chief.userId!, hearingOn }),
          () =>
            s(
              hearingOn,
              '14:00',
              'chief',
              'recordHearing',
              () => ({ opinion: '当事人到场陈述申辩，对违法事实无异议，请求从轻处罚；调查人员出示证据并质证' }),
              () =>
                s(addDays(hearingOn, 1), '09:00', 'chief', 'submitForLegalReview', none, () =>
                  s(addDays(hearingOn, 3), '10:00', 'reviewer', 'passLegalReview', none, (r) => decideAndServe(r, addDays(hearingOn, 3))),
                ),
            ),
        ),
    );
  };
  const notice = (on: string) => s(on, '10:00', 'chief', 'issueNotice', none, (n) => (w.script === 'hearing' ? hearing(on) : decideAndServe(n, on)));

  s(from, '14:00', 'inv', 'submitFiling', none, () => {
    const approved = addDays(from, 1);
    if (w.script === 'transfer')
      return s(
        approved,
        '10:00',
        'head',
        'transfer',
        () => ({ opinion: '经审查，该违法行为属市场监督管理部门管辖，依法移送', receivingAuthority: '咸宁市市场监督管理局' }),
        () => undefined,
      );
    s(approved, '10:00', 'head', 'approveFiling', none, () => {
      const investigated = addDays(approved, 21);
      if (w.script === 'police')
        return s(
          investigated,
          '16:00',
          'head',
          'transferToPolice',
          () => ({ opinion: '涉嫌重大责任事故罪，依法移送公安机关', receivingAuthority: '咸宁市公安局' }),
          () => undefined,
        );
      if (w.script === 'notPunished')
        return s(
          investigated,
          '16:00',
          'head',
          'notPunish',
          () => ({ opinion: '违法行为轻微并及时改正，没有造成危害后果，依法不予行政处罚' }),
          () => undefined,
        );
      s(
        investigated,
        '16:00',
        'inv',
        'completeInvestigation',
        (c, app) => proposal(app, c, harmful),
        () => {
          const reviewed = addDays(investigated, 3);
          s(reviewed, '10:00', 'chief', 'completeInternalReview', none, (r) => {
            // 法制审核 before the notice (第五十八条): a fine outside the benchmark must have it; the demo's
            // offices also send every fine that gives a right to a hearing.
            if (r.withinBenchmark && (r.penalty?.fineYuan ?? 0) < 50_000) return notice(addDays(reviewed, 2));
            s(addDays(reviewed, 1), '09:00', 'chief', 'submitForLegalReview', none, () =>
              s(addDays(reviewed, 3), '10:00', 'reviewer', 'passLegalReview', none, () => notice(addDays(reviewed, 4))),
            );
          });
        },
      );
    });
  });
}

/** Cases the bureau opens itself through the year: [days after the start, county, script, violation type]. */
const OWN: [number, number, Script, string][] = [
  [25, 0, 'archived', 'WSL-99-1'],
  [40, 1, 'hearing', 'WSL-97-1'],
  [55, 2, 'paidLate', 'WSL-97-4'],
  [90, 3, 'transfer', 'WSL-99-5'],
  [140, 5, 'notPunished', 'WSL-97-6'],
  [165, 0, 'police', 'WSL-97-1'],
  [190, 1, 'paidLateOpen', 'WSL-99-1'],
  [215, 2, 'archived', 'WSL-97-4'],
  [300, 3, 'archived', 'WSL-99-5'],
  [330, 4, 'hearing', 'WSL-97-1'],
  [358, 0, 'archived', 'WSL-99-1'],
  [363, 1, 'draft', 'WSL-97-3'],
];
/** 简易程序 cases decided on the spot: [days after the start, county, paid]. */
const SUMMARY: [number, number, boolean][] = [
  [70, 2, true],
  [240, 4, true],
  [360, 5, false],
];
const SUMMARIES: Record<string, string> = {
  'WSL-99-1': '未在有较大危险因素的生产经营场所和有关设备上设置明显的安全警示标志',
  'WSL-97-1': '未按照规定设置安全生产管理机构或者配备安全生产管理人员',
  'WSL-97-3': '未按照规定对从业人员进行安全生产教育和培训',
  'WSL-97-4': '未如实记录安全生产教育和培训情况',
  'WSL-97-6': '未按照规定制定生产安全事故应急救援预案或者未定期组织演练',
  'WSL-99-5': '未为从业人员提供符合国家标准或者行业标准的劳动防护用品',
};

async function partyIn(app: AppContext, ctx: DemoContext, orgId: string, n: number) {
  const { items } = await listEnterprises(app, systemActor, { orgId, status: 'operating', page: 2, pageSize: 40 });
  return items.filter((e) => e.id !== ctx.enterprise.id)[n % Math.max(1, items.length - 1)];
}

export async function seedCasesDemo(app: AppContext, ctx: DemoContext) {
  for (const [n, [day, k, script, code]] of OWN.entries()) {
    const county = ctx.counties[k % ctx.counties.length];
    const prefix = `c${county.regionCode.slice(4)}`;
    const party = await partyIn(app, ctx, county.id, n);
    if (!party) continue;
    const on = addDays(ctx.start, day);
    ctx.at(on, '11:00', async (app2) => {
      const investigators = await Promise.all([5, 4].map((i) => ctx.actor(`${prefix}.officer${i}`)));
      const c = await createCase(app2, investigators[0], {
        orgId: county.id,
        procedure: 'general',
        partyKind: 'organisation',
        enterpriseId: party.id,
        violationTypeCode: code,
        violationDate: addDays(on, -3),
        summary: `${party.name}${SUMMARIES[code]}，经群众举报核实。`,
        investigatorIds: investigators.map((i) => i.userId!),
      });
      if (script !== 'draft') walk({ ctx, id: c.id, script, staff: await staffOf(ctx, county.id), current: c }, on);
    });
  }
  for (const [n, [day, k, paid]] of SUMMARY.entries()) {
    const county = ctx.counties[k % ctx.counties.length];
    const prefix = `c${county.regionCode.slice(4)}`;
    const party = await partyIn(app, ctx, county.id, n + 20);
    if (!party) continue;
    const on = addDays(ctx.start, day);
    ctx.at(on, '15:30', async (app2) => {
      const officer = await ctx.actor(`${prefix}.officer3`);
      const c = await createCase(app2, officer, {
        orgId: county.id,
        procedure: 'summary',
        partyKind: 'organisation',
        enterpriseId: party.id,
        violationTypeCode: 'WSL-99-1',
        violationDate: on,
        summary: `${party.name}${SUMMARIES['WSL-99-1']}，现场检查发现，事实确凿。`,
        investigatorIds: [officer.userId!],
      });
      const decided = await applyEvent(app2, officer, c.id, {
        event: 'decideOnSite',
        payload: { penalty: { measures: ['fine'], fineYuan: 2_000, confiscationYuan: 0 } },
        version: c.version,
      });
      if (!paid) return;
      const w: Walk = { ctx, id: c.id, script: 'archived', staff: await staffOf(ctx, county.id), current: decided };
      step(
        w,
        addDays(on, 4),
        '10:00',
        'inv',
        'recordPayment',
        () => ({ paidYuan: decided.penalty?.fineYuan ?? 2_000 }),
        () =>
          step(w, addDays(on, 6), '10:00', 'inv', 'requestClosure', none, () =>
            step(w, addDays(on, 8), '15:00', 'chief', 'approveClosure', none, () =>
              step(w, addDays(on, 12), '11:00', 'inv', 'archive', none, () => fileLater(w, addDays(on, 12))),
            ),
          ),
      );
    });
  }
  // Cases opened by escalating a hazard arrive as drafts; the office takes each up within days.
  const taken = new Set<string>();
  for (let on = addDays(ctx.start, 15); on < ctx.today; on = addDays(on, 3)) {
    ctx.at(on, '13:30', async (app2) => {
      const drafts = await app2.db
        .select({ id: penaltyCase.id, orgId: penaltyCase.orgId, hazard: penaltyCase.sourceHazardId })
        .from(penaltyCase)
        .where(and(eq(penaltyCase.state, 'draft'), eq(penaltyCase.procedure, 'general')))
        .orderBy(asc(penaltyCase.createdAt));
      for (const d of drafts) {
        if (!d.hazard || taken.has(d.id)) continue;
        taken.add(d.id);
        walk({ ctx, id: d.id, script: taken.size % 3 === 2 ? 'paidLate' : 'archived', staff: await staffOf(ctx, d.orgId) }, on);
      }
    });
  }
}
