// The deliberations' part of the demo: in the autumn the city bureau takes a serious case of its own
// (no 安全生产管理人员 at a company where harm was done, judged 情节复杂 by the handlers) through
// investigation, 审理 and 法制审核 to 集体讨论; the meeting (the head in the chair, the deputy and
// the section chief, the investigator attending) agrees the proposed fine with one member's
// reservation recorded; the head closes it, and the case goes on to its notice and decision. A second
// such case, submitted a week before the seed's now, awaits its meeting.
import { addDays } from '../../platform/dates.js';
import type { AppContext } from '../../platform/context.js';
import { systemActor } from '../../platform/context.js';
import type { DemoActor, DemoContext } from '../../platform/modules.js';
import { calculate } from '../catalogue/service.js';
import { factsIn } from '../catalogue/contract.js';
import { applyEvent } from '../cases/apply-event.js';
import type { CaseOut, EventPayload } from '../cases/contract.js';
import { createCase, getCase, submitReview } from '../cases/service.js';
import { REVIEW_ITEM_NAMES } from '../cases/workflow/review.js';
import { listEnterprises } from '../registry/service.js';
import { addItem, closeMeeting, concludeItem, createMeeting } from './service.js';

const ALL_OK = Object.fromEntries(REVIEW_ITEM_NAMES.map((k) => [k, { ok: true }])) as Parameters<typeof submitReview>[3]['checklist'];
const SUMMARY = '未按照规定配备专职安全生产管理人员，致使一起机械伤害事故未能及时处置，造成一人受伤，经事故调查核实。';

/** A serious case of the city bureau walked from filing to 提请集体讨论 (day 24 after `opened`); `then` takes it on. */
function seriousCase(ctx: DemoContext, party: { id: string; name: string }, opened: string, then: (c: () => CaseOut, take: Take) => void) {
  ctx.at(opened, '09:30', async (a) => {
    const [o1, o2, chief, head, reviewer] = await Promise.all(['xn.officer1', 'xn.officer2', 'xn.chief', 'xn.head', 'xn.reviewer'].map((u) => ctx.actor(u)));
    let c: CaseOut = await createCase(a, o1, {
      orgId: ctx.city.id,
      procedure: 'general',
      partyKind: 'organisation',
      enterpriseId: party.id,
      violationTypeCode: 'WSL-97-1',
      violationDate: addDays(opened, -5),
      summary: `${party.name}${SUMMARY}`,
      investigatorIds: [o1.userId!, o2.userId!],
    });
    const take: Take =
      (actor, event, payload = {}) =>
      async (b) => {
        c = await applyEvent(b, actor, c.id, { event, payload, version: (await getCase(b, systemActor, c.id)).version });
      };
    await take(o1, 'submitFiling')(a);
    ctx.at(addDays(opened, 1), '10:00', take(head, 'approveFiling'));
    ctx.at(addDays(opened, 20), '16:00', async (b) => {
      const discretionFacts = { harmCaused: 'harmful' as const };
      const calc = await calculate(b, systemActor, {
        violationTypeCode: 'WSL-97-1',
        stage: 'initial',
        party: 'unit',
        orgId: ctx.city.id,
        violationDate: c.violationDate,
        facts: factsIn.parse(discretionFacts),
      });
      const fineYuan = calc.result.outcome === 'penalty' ? calc.result.suggested : 30_000;
      await take(o1, 'completeInvestigation', {
        penalty: { measures: ['fine'], fineYuan, confiscationYuan: 0 },
        discretionFacts,
        seriousOrComplex: true,
        ...(calc.result.outcome === 'penalty' ? {} : { benchmarkDeviationReasons: '裁量基准未规定该违法行为的罚款幅度，结合事故后果综合裁量' }),
      })(b);
    });
    ctx.at(addDays(opened, 22), '10:00', take(chief, 'completeInternalReview'));
    ctx.at(addDays(opened, 22), '15:00', take(chief, 'submitForLegalReview'));
    ctx.at(addDays(opened, 24), '10:00', async (b) => {
      const { version } = await getCase(b, systemActor, c.id);
      await submitReview(b, reviewer, c.id, { checklist: ALL_OK, outcome: 'pass', opinion: '事实清楚，证据确凿，程序合法，裁量适当，同意。', version });
    });
    ctx.at(addDays(opened, 24), '15:00', async (b) => {
      await take(chief, 'submitForDeliberation')(b);
      then(() => c, take);
    });
  });
}

type Take = (actor: DemoActor, event: Parameters<typeof applyEvent>[3]['event'], payload?: EventPayload) => (b: AppContext) => Promise<void>;

export async function seedDeliberationsDemo(app: AppContext, ctx: DemoContext) {
  const { items } = await listEnterprises(app, systemActor, { orgId: ctx.city.id, status: 'operating', page: 1, pageSize: 40 });
  const parties = items.filter((e) => e.id !== ctx.enterprise.id);
  if (parties.length < 9) return;
  // In the autumn: deliberated, noticed, decided and served.
  const opened = addDays(ctx.start, 270);
  seriousCase(ctx, parties[7], opened, (c, take) => {
    const held = addDays(opened, 27);
    ctx.at(held, '09:00', async (b) => {
      const [o1, chief, head, deputy, reviewer] = await Promise.all(
        ['xn.officer1', 'xn.chief', 'xn.head', 'xn.deputy', 'xn.reviewer'].map((u) => ctx.actor(u)),
      );
      let m = await createMeeting(b, reviewer, {
        orgId: ctx.city.id,
        heldOn: held,
        place: '市应急管理局三楼会议室',
        recorderId: reviewer.userId!,
        members: [
          { userId: head.userId!, kind: 'chair', present: true },
          { userId: deputy.userId!, kind: 'member', present: true },
          { userId: chief.userId!, kind: 'member', present: true },
          { userId: o1.userId!, kind: 'attendee', present: true },
          { userId: reviewer.userId!, kind: 'attendee', present: true },
        ],
      });
      m = await addItem(b, reviewer, m.id, {
        version: m.version,
        caseId: c().id,
        reportSummary:
          '经调查，当事人未按照规定配备专职安全生产管理人员，致使事故发生后未能及时处置，造成一人受伤；有现场检查记录、询问笔录、事故调查报告为证。拟依照安全生产法第九十七条处以罚款。',
      });
      m = await concludeItem(b, reviewer, m.id, m.items[0].id, {
        version: m.version,
        conclusion: 'penalty',
        conclusionText: '违法事实清楚，证据确凿，造成人员受伤，情节较重，同意按拟处罚意见给予罚款，并责令限期改正。',
        votes: [
          { userId: head.userId!, vote: 'agree', opinion: '同意' },
          { userId: deputy.userId!, vote: 'agree', opinion: '同意，督促企业尽快配齐安全管理人员' },
          { userId: chief.userId!, vote: 'disagree', opinion: '企业事后积极救治伤员，可在幅度内从轻' },
        ],
        dissent: '科室负责人认为当事人事后积极救治伤员、配合调查，可在裁量幅度内从轻处罚。',
      });
      await closeMeeting(b, head, m.id, { version: m.version });
    });
    ctx.at(addDays(held, 1), '10:00', async (b) => {
      const [chief, head, o1] = await Promise.all(['xn.chief', 'xn.head', 'xn.officer1'].map((u) => ctx.actor(u)));
      await take(chief, 'issueNotice')(b);
      const due =
        [c().statementPeriodEndsOn, c().hearingRequestEndsOn]
          .filter((d): d is string => !!d)
          .sort()
          .at(-1) ?? addDays(held, 1);
      const decideOn = addDays(due, 2);
      ctx.at(decideOn, '10:00', async (d) => {
        await take(head, 'decide')(d);
        ctx.at(addDays(decideOn, 1), '15:00', take(o1, 'serve', { serviceMethod: 'direct' }));
      });
    });
  });
  // A month ago: submitted for deliberation a week ago, awaiting its meeting.
  seriousCase(ctx, parties[8], addDays(ctx.today, -32), () => undefined);
}
