// Taking one event on a case: the pure state machine decides; the new state, its particulars and
// due dates, the instrument numbers, the case_event row and the ledger entry commit together.
import { and, eq } from 'drizzle-orm';
import type { Actor, AppContext } from '../../platform/context.js';
import type { Tx } from '../../platform/db/index.js';
import { INSTRUMENT_TYPES, type InstrumentType } from '../../platform/documents/numbering.js';
import { issueInstrumentNumber } from '../../platform/documents/service.js';
import { Conflict, Forbidden, RuleViolation, ValidationError } from '../../platform/errors.js';
import { hash } from '../../platform/ledger/hash.js';
import { appendEntry } from '../../platform/ledger/service.js';
import { factsIn } from '../catalogue/contract.js';
import { calculate } from '../catalogue/service.js';
import { getPerson } from '../people/service.js';
import type { CaseOut, EventPayload, FireIn } from './contract.js';
import { decidedOf, transferredOf } from './events.js';
import { caseInScope, investigatorsQualified, procedureAllows, pureActor, RELAYED_EVENTS, REVIEW_EVENTS, reviewHoldersOf, today, toOut } from './read.js';
import { caseEvent, penaltyCase } from './schema.js';
import { oweCaseFile } from './casefile/owe.js';
import { amountDue } from './workflow/deadlines.js';
import { payableFine } from './workflow/fine-credit.js';
import { CASE_EVENTS, type CaseState } from './workflow/machine.js';
import { deadlinePatch, factsOf, payloadPatch, payloadProblem, type CasePatch, type CaseRow } from './workflow/particulars.js';
import { transition, whoMayAct } from './workflow/transition.js';

/** The calculator's view of a proposed penalty; a fine outside the statute never stands. */
async function proposalOf(app: AppContext, actor: Actor, row: CaseRow, p: EventPayload) {
  if (!p.penalty) return null;
  const fine = p.penalty.fineYuan;
  if (!p.penalty.measures.includes('fine')) return { withinBenchmark: true, discretion: null };
  if (fine <= 0) throw new ValidationError('处以罚款的，罚款金额须大于零', 'payload.penalty.fineYuan');
  const party = row.partyKind === 'citizen' ? 'person' : 'unit';
  const c = await calculate(app, actor, {
    violationTypeCode: row.violationTypeCode,
    stage: 'initial',
    party,
    orgId: row.orgId,
    violationDate: row.violationDate,
    facts: factsIn.parse(p.discretionFacts ?? {}),
    proposedAmount: fine,
    reasons: p.benchmarkDeviationReasons,
  });
  if (c.statutory && (fine < c.statutory.min || fine > c.statutory.max)) {
    throw new RuleViolation(
      `罚款金额 ${fine} 元超出法定幅度（${c.statutory.min}～${c.statutory.max} 元）`,
      'payload.penalty.fineYuan',
      '行政处罚法 第三十四条',
    );
  }
  if (c.result.outcome === 'refused' && c.result.reason === 'noFine')
    throw new RuleViolation(c.result.message, 'payload.penalty.measures', '行政处罚法 第四条');
  // No band to measure against (a formula fine, or the calculator advises no penalty): legal review decides.
  if (c.result.outcome !== 'penalty') return { withinBenchmark: false, discretion: null };
  const { range, grade, reasons } = c.result;
  return { withinBenchmark: fine >= range.min && fine <= range.max, discretion: { grade, range, reasons } };
}

export type AfterWrite = (tx: Tx, ledgerSeq: number) => Promise<void>;

/**
 * A written waiver's image is kept on the case with its digest; the ledger and the event history
 * record the digest, not the picture (it proves the file without copying a signature around).
 */
function withImageDigests(app: AppContext, patch: CasePatch, payload: EventPayload): EventPayload {
  if (!payload.waiverImage || !patch.waivers) return payload;
  const digest = hash(app.hashAlg, Buffer.from(payload.waiverImage, 'base64')).toString('hex');
  const last = patch.waivers[patch.waivers.length - 1];
  patch.waivers = [...patch.waivers.slice(0, -1), { ...last, image: { ...last.image, digest } }];
  const { waiverImage: _image, ...rest } = payload;
  return { ...rest, waiverImageDigest: digest } as EventPayload;
}

/** `fire` without reading the case's whole detail back: the case as written (for the demo's year of work). */
export async function applyEvent(
  app: AppContext,
  actor: Actor,
  id: string,
  input: FireIn,
  review?: { record: Record<string, unknown>; afterWrite: AfterWrite },
): Promise<CaseOut> {
  const { c: row, orgName } = await caseInScope(app.db, actor, id);
  if (row.version !== input.version) throw new Conflict(`该案件已被他人更新（当前版本 ${row.version}），请刷新后重试`, 'version');
  const event = input.event;
  const payload: EventPayload = input.payload ?? {};
  const on = today(app);
  const reviewers = await reviewHoldersOf(app.db, id);
  // Who may act is settled before the body is judged (403 before 400).
  const who = whoMayAct({ id, state: row.state as CaseState }, event, pureActor(actor), factsOf(row, on, true, reviewers), on);
  if (who) throw new Forbidden(who.problem, who.field);
  if (REVIEW_EVENTS.includes(event) && !review) throw new ValidationError('法制审核结论须通过审核意见提交（含审核要点）', 'event');
  if (RELAYED_EVENTS.includes(event) && !review) throw new ValidationError('公安机关移回的案件须在行刑衔接中登记移回后继续办理', 'event');
  if (!procedureAllows(row.procedure, event)) {
    throw new RuleViolation(
      `「${CASE_EVENTS[event].name}」不适用于${row.procedure === 'summary' ? '简易程序' : '一般程序'}案件`,
      'procedure',
      '行政处罚法 第五十一条',
    );
  }
  const shape = payloadProblem(event, payload);
  if (shape) throw new ValidationError(shape.problem, shape.field);
  if (payload.hearingChairId) await getPerson(app, actor, payload.hearingChairId);
  const patched = payloadPatch(row, event, payload, on, await proposalOf(app, actor, row, payload));
  if ('problem' in patched) throw new RuleViolation(patched.problem.problem, patched.problem.field, patched.problem.article);
  const recorded = withImageDigests(app, patched.patch, payload);
  const next: CaseRow = { ...row, ...patched.patch };
  // A pending extension request is judged as it stood before the event (the request writes one).
  const facts = {
    ...factsOf(next, on, await investigatorsQualified(app.db, next.investigatorIds, on), reviewers),
    decisionExtensionPending: row.decisionExtensionRequest !== null,
  };
  const result = transition({ id, state: row.state as CaseState }, event, pureActor(actor), facts, on);
  if (!result.ok) {
    if (result.field === 'actor') throw new Forbidden(result.problem, result.field);
    throw new RuleViolation(result.problem, result.field, result.article);
  }
  const deadlines = deadlinePatch(next, result.effects, on);
  const now = app.clock.now();
  const stored = await app.db.transaction(async (tx) => {
    const numbers: string[] = [];
    const set: CasePatch & { state: string; version: number; updatedAt: Date } = {
      ...patched.patch,
      ...deadlines,
      state: result.to,
      version: row.version + 1,
      updatedAt: now,
    };
    for (const e of result.effects) {
      if (e.kind !== 'instrument' || !(e.instrument in INSTRUMENT_TYPES)) continue;
      const type = e.instrument as InstrumentType;
      const { number } = await issueInstrumentNumber(tx, app, actor, { orgId: row.orgId, type, subjectType: 'penaltyCase', subjectId: id });
      numbers.push(number);
      if (type === 'penaltyDecision' || type === 'summaryDecision') set.decisionNumber = number;
    }
    // The version is checked again in the UPDATE so two concurrent events cannot both win.
    const [written] = await tx
      .update(penaltyCase)
      .set(set)
      .where(and(eq(penaltyCase.id, id), eq(penaltyCase.version, row.version)))
      .returning();
    if (!written) throw new Conflict('该案件已被他人更新，请刷新后重试', 'version');
    const surcharge =
      event === 'markOverdue' ? amountDue(payableFine(row.penalty?.fineYuan ?? 0, row.fineCredit).payableYuan, row.paymentDueOn, on) : undefined;
    const { seq } = await appendEntry(tx, app, {
      orgId: row.orgId,
      actorId: actor.userId,
      action: `case.${event}`,
      subjectType: 'penaltyCase',
      subjectId: id,
      payload: {
        event,
        from: result.from,
        to: result.to,
        version: row.version + 1,
        payload: recorded,
        instruments: numbers,
        deadlines,
        ...(surcharge ? { surchargeSoFar: surcharge } : {}),
        ...(review?.record ?? {}),
      },
    });
    await tx.insert(caseEvent).values({
      caseId: id,
      version: row.version + 1,
      event,
      fromState: result.from,
      toState: result.to,
      actorId: actor.userId,
      at: now,
      opinion: payload.opinion ?? null,
      payload: { ...recorded, ...deadlines },
      instrumentNumbers: numbers,
      ledgerSeq: seq,
    });
    await review?.afterWrite(tx, seq);
    // 卷宗: owed with the archive act, assembled after the commit (casefile/service.ts says why).
    if (event === 'archive') await oweCaseFile(tx, written, seq, now);
    if (event === 'decide' || event === 'decideOnSite') await app.events.publish({ tx, actor, actSeq: seq }, 'case.decided', decidedOf(written, on));
    if (event === 'transferToPolice')
      await app.events.publish({ tx, actor, actSeq: seq }, 'case.transferredToPolice', transferredOf(written, on, payload, numbers, actor.userId));
    return written;
  });
  return toOut(stored, orgName, on);
}
