// 审查与决定: the accepted application is reviewed — an on-site check or an expert review stops
// the clock (行政许可法 第四十五条, the applicant told in writing how long it will take) — then
// decided by a leader who neither accepted nor checked it, within 20 working days of acceptance (or
// the matter's own longer period a 法规 sets), 10 more when the head approved an extension with the
// reasons told to the applicant (第四十二条).
import type { z } from 'zod';
import type { AppContext } from '../../platform/context.js';
import { chinaDate } from '../../platform/dates.js';
import { dutyConflict } from '../../platform/duties.js';
import { Forbidden, RuleViolation, ValidationError } from '../../platform/errors.js';
import { advance, allowed, applicationInScope, assertCan, type ApplicationRow, type LicensingActor } from './applications.js';
import { REMEDIES } from './codes.js';
import type { decideIn, extendIn, pauseIn, resumeIn } from './contract.js';
import { decisionInput } from './clock.js';
import { SERVICE_GUIDES } from './matters.js';
import { decisionClock, LICENSING_PERIODS } from './rules.js';
import { licenseDecided } from './events.js';

const clockOf = (a: ApplicationRow, today: string) => decisionClock(decisionInput(a), today);

async function accepted(app: AppContext, actor: LicensingActor, id: string, capability: 'license.review' | 'license.extend' | 'license.decide', what: string) {
  assertCan(actor, capability, what);
  const { a } = await applicationInScope(app, actor, id);
  if (actor.roles.includes('enterpriseUser')) throw new Forbidden('审查由发证机关办理', 'id');
  if (a.state !== 'accepted') throw new RuleViolation(`申请不在审查中，不能${what}`, 'state');
  return a;
}

/** 现场核查 / 专家评审 / 听证 begins: the decision clock stops from `from` on. */
export async function startPause(app: AppContext, actor: LicensingActor, id: string, input: z.infer<typeof pauseIn>) {
  const a = await accepted(app, actor, id, 'license.review', '开始现场核查或专家评审');
  const today = chinaDate(app.clock.now());
  if (a.pauses.some((p) => p.to === null)) throw new RuleViolation('已有进行中的现场核查或专家评审，请先登记其结束', 'kind');
  if (input.from < (a.acceptedOn as string)) throw new ValidationError('开始日期不能早于受理日期', 'from');
  if (input.from > today) throw new ValidationError('开始日期不能晚于今天', 'from');
  if (a.pauses.some((p) => p.to !== null && input.from <= p.to)) throw new ValidationError('开始日期须晚于上一次暂停的结束日期', 'from');
  const pause = { kind: input.kind, from: input.from, to: null, note: input.note, by: actor.userId as string };
  await advance(app, actor, a, input.version, { pauses: [...a.pauses, pause] }, 'license.pauseStarted', { kind: input.kind, from: input.from });
}

/** The check or review is over: the clock runs again from the next day. */
export async function endPause(app: AppContext, actor: LicensingActor, id: string, input: z.infer<typeof resumeIn>) {
  const a = await accepted(app, actor, id, 'license.review', '登记现场核查或专家评审结束');
  const open = a.pauses.findIndex((p) => p.to === null);
  if (open < 0) throw new RuleViolation('没有进行中的现场核查或专家评审', 'to');
  if (input.to < a.pauses[open].from) throw new ValidationError('结束日期不能早于开始日期', 'to');
  if (input.to > chinaDate(app.clock.now())) throw new ValidationError('结束日期不能晚于今天', 'to');
  const pauses = a.pauses.map((p, i) => (i === open ? { ...p, to: input.to } : p));
  await advance(app, actor, a, input.version, { pauses }, 'license.pauseEnded', { kind: a.pauses[open].kind, from: a.pauses[open].from, to: input.to });
}

/** 延长审查期限: once, by 10 working days, approved by the head before the 20 run out, the reasons told. */
export async function extendReview(app: AppContext, actor: LicensingActor, id: string, input: z.infer<typeof extendIn>) {
  const a = await accepted(app, actor, id, 'license.extend', '批准延长审查期限');
  if (a.extensionDays > 0) throw new RuleViolation('审查期限已延长过一次，不能再延长', 'reason', LICENSING_PERIODS.extension.article);
  const today = chinaDate(app.clock.now());
  const clock = clockOf(a, today);
  if (clock.overdue) throw new RuleViolation(`审查期限已于 ${clock.dueOn} 届满，不能再批准延长`, 'reason', LICENSING_PERIODS.extension.article);
  await advance(
    app,
    actor,
    a,
    input.version,
    { extensionDays: LICENSING_PERIODS.extension.days, extensionReason: input.reason, extendedBy: actor.userId },
    'license.extended',
    { days: LICENSING_PERIODS.extension.days, reason: input.reason },
  );
}

/** 准予 / 不予许可, by a leader who did not accept or check it; a refusal tells the reasons and the remedies. */
export async function decideApplication(app: AppContext, actor: LicensingActor, id: string, decision: 'grant' | 'deny', input: z.infer<typeof decideIn>) {
  const a = await accepted(app, actor, id, 'license.decide', decision === 'grant' ? '作出准予许可决定' : '作出不予许可决定');
  const today = chinaDate(app.clock.now());
  // A check or review still open holds the decision; one ended today has given its result.
  const to = allowed(
    a,
    decision,
    a.pauses.some((p) => p.to === null),
  );
  const reviewers = [a.acceptedBy, ...a.pauses.map((p) => p.by)].filter((x): x is string => x !== null);
  const conflict = dutyConflict('license.decide', actor.userId, { licenseReviewer: reviewers });
  if (conflict) throw new Forbidden(conflict.problem, 'id', conflict.basis);
  const reason = decision === 'deny' ? `${input.reason}\n${REMEDIES}` : input.reason;
  await advance(
    app,
    actor,
    a,
    input.version,
    { state: to, decidedOn: today, decidedBy: actor.userId, decisionReason: reason, ...(decision === 'deny' ? { closedOn: today } : {}) },
    decision === 'grant' ? 'license.granted' : 'license.denied',
    { reason: input.reason, late: clockOf(a, today).overdue },
    (tx, written, actSeq) =>
      app.events.publish(
        { tx, actor, actSeq },
        'license.decided',
        licenseDecided({ ...written, matterName: SERVICE_GUIDES[written.matterCode].name }, decision === 'grant' ? 'granted' : 'denied', today, input.reason),
      ),
  );
}
