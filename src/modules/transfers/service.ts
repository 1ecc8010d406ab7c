// 行刑衔接: the transfer opened in the case's transaction when the head approves 移送公安机关 (the
// case's event), its 移送材料清单 read through the cases module's queries; then each act recorded
// against the state the rules allow, one transaction with its ledger entry and the version checked
// in the UPDATE. The return for administrative penalty publishes criminalTransfer.returned, which
// the cases module takes in the same transaction (the case goes back to 调查取证).
import { and, eq } from 'drizzle-orm';
import { holds } from '../../platform/auth/capabilities.js';
import type { Actor, AppContext } from '../../platform/context.js';
import { chinaDate } from '../../platform/dates.js';
import type { Executor, Tx } from '../../platform/db/index.js';
import { Conflict, Forbidden, NotFound, RuleViolation, ValidationError } from '../../platform/errors.js';
import type { DomainEvents, EventContext } from '../../platform/events.js';
import { appendEntry } from '../../platform/ledger/service.js';
import { org } from '../../platform/orgs/schema.js';
import { assertInSubtree } from '../../platform/orgs/scope.js';
import { caseForCriminalTransfer } from '../cases/queries.js';
import { transferCapabilities } from './capabilities.js';
import { TRANSFER_LABELS } from './codes.js';
import type { ConcludeIn, PackageIn, PoliceDecisionIn, ReceiptIn, ReturnIn, SupervisionIn, SupervisionResultIn, TransferOut } from './contract.js';
import { actProblem, afterPoliceDecision, afterSupervision, fineCredit, runningPeriod, TRANSFER_ACTS, type TransferAct } from './rules.js';
import { criminalTransfer } from './schema.js';

export type TransferRow = typeof criminalTransfer.$inferSelect;

export function assertCan(actor: Actor, capability: keyof typeof transferCapabilities, what: string) {
  if (actor.userId !== null && !holds(transferCapabilities, actor.roles, capability)) throw new Forbidden(`当前角色无权${what}`);
}

const today = (app: AppContext) => chinaDate(app.clock.now());

/** The transfer, if the actor may see it (their org's subtree). */
export async function transferInScope(app: AppContext, actor: Actor, id: string, field = 'id', ex: Executor = app.db) {
  const [found] = await ex
    .select({ t: criminalTransfer, orgPath: org.path, orgName: org.name })
    .from(criminalTransfer)
    .innerJoin(org, eq(org.id, criminalTransfer.orgId))
    .where(eq(criminalTransfer.id, id));
  if (!found) throw new NotFound('移送记录不存在', field);
  assertInSubtree(actor, found.orgPath, '移送记录', field);
  return found;
}

export function transferOut(t: TransferRow, orgName: string, on: string): TransferOut {
  const acts = (Object.keys(TRANSFER_ACTS) as TransferAct[]).filter(
    (a) => actProblem(a, t, null, { policeDecisionRecordedBy: null, supervisionResultRecordedBy: null }) === null,
  );
  return {
    id: t.id,
    caseId: t.caseId,
    orgId: t.orgId,
    orgName,
    state: t.state,
    stateName: TRANSFER_LABELS.state[t.state],
    partyName: t.partyName,
    caseSummary: t.caseSummary,
    suspectedCrime: t.suspectedCrime,
    letterNumber: t.letterNumber,
    policeAuthority: t.policeAuthority,
    approvedOn: t.approvedOn,
    persons: t.persons.map((p) => ({ name: p.name, role: p.role, idNumber: p.idNumber })),
    materials: t.materials,
    procuratorate: t.procuratorate,
    copiedToProcuratorateOn: t.copiedToProcuratorateOn,
    finePaidYuan: t.finePaidYuan,
    receivedOn: t.receivedOn,
    receiptNumber: t.receiptNumber,
    receivedByName: t.receivedByName,
    policeDecision: t.policeDecision,
    policeDecidedOn: t.policeDecidedOn,
    policeNoticeNumber: t.policeNoticeNumber,
    noticeReceivedOn: t.noticeReceivedOn,
    policeReasons: t.policeReasons,
    supervisionRequestedOn: t.supervisionRequestedOn,
    supervisionReasons: t.supervisionReasons,
    supervisionResult: t.supervisionResult,
    supervisionResultOn: t.supervisionResultOn,
    supervisionResultText: t.supervisionResultText,
    returnKind: t.returnKind,
    returnedOn: t.returnedOn,
    returnOpinion: t.returnOpinion,
    criminalFineYuan: t.criminalFineYuan,
    fineCreditText: t.fineCreditText,
    outcome: t.outcome,
    concludedOn: t.concludedOn,
    period: runningPeriod(t, on),
    acts,
    version: t.version,
  };
}

export async function getTransfer(app: AppContext, actor: Actor, id: string): Promise<TransferOut> {
  assertCan(actor, 'criminalTransfer.read', '查看移送记录');
  const { t, orgName } = await transferInScope(app, actor, id);
  return transferOut(t, orgName, today(app));
}

/**
 * 移送公安机关 approved on the case (cases' event, inside its transaction): the transfer opens with
 * the 移送材料清单 as the case stands — its numbered instruments and its evidence.
 */
export async function transferOnCaseTransferred(e: DomainEvents['case.transferredToPolice'], { tx, actor }: EventContext, app: AppContext) {
  const c = await caseForCriminalTransfer(tx, e.caseId);
  const now = app.clock.now();
  const values = {
    caseId: e.caseId,
    orgId: e.orgId,
    partyName: e.partyName,
    caseSummary: e.summary,
    suspectedCrime: e.reasons,
    letterNumber: e.letterNumber,
    policeAuthority: e.receivingAuthority,
    approvedOn: e.approvedOn,
    approvedBy: e.approvedBy,
    materials: (c?.materials ?? []).map((m) => ({ ...m })),
  };
  const [row] = await tx
    .insert(criminalTransfer)
    .values({ ...values, createdAt: now, updatedAt: now })
    .returning({ id: criminalTransfer.id });
  await appendEntry(tx, app, {
    orgId: e.orgId,
    actorId: actor.userId,
    action: 'criminalTransfer.opened',
    subjectType: 'criminalTransfer',
    subjectId: row.id,
    payload: values,
  });
}

/** A day the act names: not after today, and not before the day it follows. */
function dayProblem(day: string, field: string, on: string, after?: { day: string | null; what: string }) {
  if (day > on) throw new ValidationError(`日期不能晚于今天（${on}）`, field);
  if (after?.day && day < after.day) throw new ValidationError(`日期不能早于${after.what}（${after.day}）`, field);
}

/**
 * One act: capability, scope, state and separation of duties checked; the row written with its
 * new version (checked again in the UPDATE) and the ledger entry, and `then` run in the same
 * transaction (the return's event).
 */
async function act(
  app: AppContext,
  actor: Actor,
  id: string,
  name: TransferAct,
  version: number,
  build: (t: TransferRow, on: string) => Partial<TransferRow>,
  then?: (tx: Tx, t: TransferRow, seq: number) => Promise<void>,
): Promise<TransferOut> {
  const approve = name === 'requestSupervision' || name === 'returnCase';
  assertCan(actor, approve ? 'criminalTransfer.approve' : 'criminalTransfer.record', TRANSFER_ACTS[name].name);
  const { t } = await transferInScope(app, actor, id);
  const problem = actProblem(name, t, actor.userId, t);
  if (problem?.field === 'actor') throw new Forbidden(problem.problem, 'actor');
  if (problem) throw new RuleViolation(problem.problem, problem.field, problem.article);
  if (t.version !== version) throw new Conflict(`该移送记录已被他人更新（当前版本 ${t.version}），请刷新后重试`, 'version');
  const set = build(t, today(app));
  await app.db.transaction(async (tx) => {
    const [written] = await tx
      .update(criminalTransfer)
      .set({ ...set, version: t.version + 1, updatedAt: app.clock.now() })
      .where(and(eq(criminalTransfer.id, t.id), eq(criminalTransfer.version, t.version)))
      .returning();
    if (!written) throw new Conflict('该移送记录已被他人更新，请刷新后重试', 'version');
    const { seq } = await appendEntry(tx, app, {
      orgId: t.orgId,
      actorId: actor.userId,
      action: `criminalTransfer.${name}`,
      subjectType: 'criminalTransfer',
      subjectId: t.id,
      payload: { caseId: t.caseId, from: t.state, to: written.state, version: written.version, ...set },
    });
    await then?.(tx, written, seq);
  });
  return getTransfer(app, actor, id);
}

/** 完善移送材料: 涉案人员, materials beyond the case's own, the copy to the procuratorate, a fine already paid. */
export function updatePackage(app: AppContext, actor: Actor, id: string, input: PackageIn) {
  return act(app, actor, id, 'updatePackage', input.version, (t, on) => {
    dayProblem(input.copiedToProcuratorateOn, 'copiedToProcuratorateOn', on, { day: t.approvedOn, what: '批准移送日期' });
    const own = t.materials.filter((m) => m.kind !== 'other');
    const extra = (input.extraMaterials ?? []).map((m) => ({ kind: 'other' as const, name: m.name.trim(), number: '', note: m.note?.trim() ?? '' }));
    return {
      persons: input.persons.map((p) => ({ name: p.name.trim(), role: p.role.trim(), idNumber: p.idNumber?.trim() || null })),
      materials: [...own, ...extra],
      procuratorate: input.procuratorate.trim(),
      copiedToProcuratorateOn: input.copiedToProcuratorateOn,
      finePaidYuan: input.finePaidYuan ?? 0,
    };
  });
}

/** 公安机关回执: who signed for the case, when (衔接办法 回执, 条号待核; 规定 第七条). */
export function recordReceipt(app: AppContext, actor: Actor, id: string, input: ReceiptIn) {
  return act(app, actor, id, 'recordReceipt', input.version, (t, on) => {
    if (t.persons.length === 0) throw new RuleViolation('请先完善移送材料（涉案人员、抄送检察院）', 'persons', TRANSFER_ACTS.updatePackage.article);
    dayProblem(input.receivedOn, 'receivedOn', on, { day: t.approvedOn, what: '批准移送日期' });
    return {
      state: 'received',
      receivedOn: input.receivedOn,
      policeAuthority: input.policeAuthority.trim(),
      receiptNumber: input.receiptNumber?.trim() || null,
      receivedByName: input.receivedByName.trim(),
    };
  });
}

/** 立案 or 不予立案, as the police's written notice says; a refusal states its reasons (规定 第八条). */
export function recordPoliceDecision(app: AppContext, actor: Actor, id: string, input: PoliceDecisionIn) {
  return act(app, actor, id, 'recordPoliceDecision', input.version, (t, on) => {
    dayProblem(input.decidedOn, 'decidedOn', on, { day: t.receivedOn, what: '公安机关接收日期' });
    dayProblem(input.noticeReceivedOn, 'noticeReceivedOn', on, { day: input.decidedOn, what: '公安机关决定日期' });
    const reasons = input.reasons?.trim() ?? '';
    if (input.decision === 'refused' && reasons.length < 5) throw new ValidationError('不予立案的，请填写公安机关说明的理由（至少 5 个字）', 'reasons');
    return {
      state: afterPoliceDecision(input.decision),
      policeDecision: input.decision,
      policeDecidedOn: input.decidedOn,
      policeNoticeNumber: input.noticeNumber?.trim() || null,
      noticeReceivedOn: input.noticeReceivedOn,
      policeReasons: reasons || null,
      policeDecisionRecordedBy: actor.userId,
    };
  });
}

/** 提请人民检察院立案监督 on a refusal (规定 第九条). */
export function requestSupervision(app: AppContext, actor: Actor, id: string, input: SupervisionIn) {
  return act(app, actor, id, 'requestSupervision', input.version, (t, on) => {
    dayProblem(input.requestedOn, 'requestedOn', on, { day: t.noticeReceivedOn, what: '接到不予立案通知书日期' });
    return {
      state: 'supervising',
      procuratorate: input.procuratorate.trim(),
      supervisionRequestedOn: input.requestedOn,
      supervisionReasons: input.reasons.trim(),
      supervisionRequestedBy: actor.userId,
    };
  });
}

/** The procuratorate's answer: the police filed on its notice, or the refusal stands. */
export function recordSupervisionResult(app: AppContext, actor: Actor, id: string, input: SupervisionResultIn) {
  return act(app, actor, id, 'recordSupervisionResult', input.version, (t, on) => {
    dayProblem(input.resultOn, 'resultOn', on, { day: t.supervisionRequestedOn, what: '提请监督日期' });
    return {
      state: afterSupervision(input.result),
      supervisionResult: input.result,
      supervisionResultOn: input.resultOn,
      supervisionResultText: input.resultText.trim(),
      supervisionResultRecordedBy: actor.userId,
      ...(input.result === 'filingNotified' ? { policeDecision: 'filed' as const } : {}),
    };
  });
}

/**
 * 移回行政处罚: the police did not file or withdrew; the case goes back to 调查取证 in the same
 * transaction (the cases module takes criminalTransfer.returned), with the fine credit recorded.
 */
export function returnCase(app: AppContext, actor: Actor, id: string, input: ReturnIn) {
  let credit = fineCredit(0, 0);
  return act(
    app,
    actor,
    id,
    'returnCase',
    input.version,
    (t, on) => {
      dayProblem(input.returnedOn, 'returnedOn', on, { day: t.noticeReceivedOn ?? t.receivedOn, what: '公安机关决定通知日期' });
      if (input.returnKind === 'notFiled' && t.state !== 'refused')
        throw new ValidationError('公安机关已立案的，移回原因应为撤销案件或者不起诉、免予刑事处罚', 'returnKind');
      if (input.returnKind !== 'notFiled' && t.state === 'refused') throw new ValidationError('公安机关不予立案的，移回原因应为不予立案', 'returnKind');
      credit = fineCredit(t.finePaidYuan, input.criminalFineYuan ?? 0);
      return {
        state: 'returned',
        returnKind: input.returnKind,
        returnedOn: input.returnedOn,
        returnOpinion: input.opinion.trim(),
        returnedBy: actor.userId,
        criminalFineYuan: input.criminalFineYuan ?? 0,
        fineCreditText: credit.text,
      };
    },
    async (tx, t, seq) => {
      await app.events.publish({ tx, actor, actSeq: seq }, 'criminalTransfer.returned', {
        transferId: t.id,
        caseId: t.caseId,
        orgId: t.orgId,
        returnKind: input.returnKind,
        returnedOn: input.returnedOn,
        opinion: `${TRANSFER_LABELS.returnKind[input.returnKind]}，移回行政处罚：${input.opinion.trim()}。${credit.text}。`,
        fineDeductionYuan: credit.deductedYuan,
        noFurtherFine: credit.noFurtherFine,
        fineCreditText: credit.text,
      });
    },
  );
}

/** 刑事程序结果 where it ends in the criminal process (判决、不起诉 …), with the criminal fine. */
export function conclude(app: AppContext, actor: Actor, id: string, input: ConcludeIn) {
  return act(app, actor, id, 'conclude', input.version, (t, on) => {
    dayProblem(input.concludedOn, 'concludedOn', on, { day: t.policeDecidedOn, what: '公安机关立案日期' });
    const credit = fineCredit(t.finePaidYuan, input.criminalFineYuan ?? 0);
    return {
      state: 'concluded',
      concludedOn: input.concludedOn,
      outcome: input.outcome.trim(),
      criminalFineYuan: input.criminalFineYuan ?? 0,
      fineCreditText: credit.text,
    };
  });
}
