import { and, asc, desc, eq, inArray, not, sql, type SQL } from 'drizzle-orm';
import { userAccount } from '../../platform/auth/schema.js';
import type { Actor, AppContext } from '../../platform/context.js';
import { chinaDate } from '../../platform/dates.js';
import type { Executor, Tx } from '../../platform/db/index.js';
import { INSTRUMENT_TYPES, type InstrumentType } from '../../platform/documents/numbering.js';
import { issueInstrumentNumber } from '../../platform/documents/service.js';
import { Conflict, DomainError, Forbidden, NotFound, RuleViolation, ValidationError } from '../../platform/errors.js';
import { appendEntry } from '../../platform/ledger/service.js';
import { hash } from '../../platform/ledger/hash.js';
import { VIOLATION_TYPES } from '../catalogue/law/work-safety-law.js';
import { dutyConflict } from '../../platform/duties.js';
import { factsIn } from '../catalogue/contract.js';
import { calculate, violationType } from '../catalogue/service.js';
import { org } from '../../platform/orgs/schema.js';
import { orgDetail } from '../../platform/orgs/service.js';
import { assertCanEnforce, getPerson } from '../people/service.js';
import { getEnterprise } from '../registry/service.js';
import type { CaseDetailOut, CaseOut, CreateCaseIn, EventPayload, FireIn, ReviewIn } from './contract.js';
import { amountDue, nextDeadline } from './workflow/deadlines.js';
import { caseEvidence } from './from-finding/evidence.js';
import {
  deadlinePatch,
  factsOf,
  offeredEvents,
  payloadPatch,
  payloadProblem,
  type CasePatch,
  type CaseRow,
  type ReviewHolders,
} from './workflow/particulars.js';
import { dutyHoldersOf } from './workflow/guards.js';
import { reviewEvent, reviewProblem } from './workflow/review.js';
import { preservationOut } from './collection/rules.js';
import { decidedOf } from './events.js';
import { caseEvent, legalReview, penaltyCase } from './schema.js';
import { transition, whoMayAct } from './workflow/transition.js';
import { CASE_EVENTS, CASE_STATES, REVIEW_STATES, type CaseEventName, type CaseState } from './workflow/machine.js';
import { assertInSubtree, orgInScope, orgPathWithin } from '../../platform/orgs/scope.js';

const today = (app: AppContext) => chinaDate(app.clock.now());
const pureActor = (actor: Actor) => ({ userId: actor.userId ?? '', roles: actor.roles });
const REVIEW_EVENTS: readonly CaseEventName[] = ['passLegalReview', 'failLegalReview'];
/** 简易程序 (行政处罚法 第五十一条、第五十二条): decided on the spot, then only payment and closure. */
const SUMMARY_EVENTS: readonly CaseEventName[] = ['decideOnSite', 'recordPayment', 'requestClosure', 'approveClosure', 'archive'];
const procedureAllows = (procedure: string, event: CaseEventName) => (procedure === 'summary' ? SUMMARY_EVENTS.includes(event) : event !== 'decideOnSite');

export function toOut(r: CaseRow, orgName: string, on: string): CaseOut {
  return {
    ...r,
    orgName,
    partyKind: r.partyKind as CaseOut['partyKind'],
    procedure: r.procedure as CaseOut['procedure'],
    state: r.state as CaseState,
    stateName: CASE_STATES[r.state as CaseState],
    violationTitle: VIOLATION_TYPES.find((v) => v.code === r.violationTypeCode)?.title ?? r.violationTypeCode,
    waivers: r.waivers.map((w) => ({ waives: [...w.waives], waivedOn: w.waivedOn, signer: w.signer, recordedOn: w.recordedOn })),
    nextDeadline: nextDeadline({ ...r, state: r.state as CaseState }, on),
  };
}

export async function caseInScope(ex: Executor, actor: Actor, id: string) {
  const [found] = await ex
    .select({ c: penaltyCase, orgName: org.name, orgPath: org.path })
    .from(penaltyCase)
    .innerJoin(org, eq(org.id, penaltyCase.orgId))
    .where(eq(penaltyCase.id, id));
  if (!found) throw new NotFound('案件不存在', 'id');
  assertInSubtree(actor, found.orgPath, '案件');
  return found;
}

/** 行政处罚法 第四十二条, as a fact for the guards rather than a refusal. */
async function investigatorsQualified(ex: Executor, ids: string[], on: string): Promise<boolean> {
  try {
    await assertCanEnforce(ex, ids, on, 'investigatorIds');
    return true;
  } catch (e) {
    if (e instanceof DomainError) return false;
    throw e;
  }
}

/** 行政处罚法 第二十条: a township acting under delegation keeps to the ceiling in force when it opens the case. */
export async function delegationCeiling(ex: Executor, actor: Actor, orgId: string, on: string): Promise<number | null> {
  const ceilings = (await orgDetail(ex, actor, orgId)).delegations
    .filter((d) => d.delegateOrgId === orgId && d.validFrom <= on && (d.validTo === null || d.validTo >= on))
    .map((d) => d.fineCeiling);
  return ceilings.length ? Math.min(...ceilings) : null;
}

export type NewCase = Omit<typeof penaltyCase.$inferInsert, 'id' | 'state' | 'version' | 'createdBy' | 'createdAt' | 'updatedAt'>;

/** Writes a draft case and its ledger entry in the caller's transaction. */
export async function insertCase(tx: Tx, app: AppContext, actor: Actor, values: NewCase): Promise<{ id: string; seq: number }> {
  const now = app.clock.now();
  const [row] = await tx
    .insert(penaltyCase)
    .values({ ...values, state: 'draft', createdBy: actor.userId, createdAt: now, updatedAt: now })
    .returning({ id: penaltyCase.id });
  const { seq } = await appendEntry(tx, app, {
    orgId: values.orgId,
    actorId: actor.userId,
    action: 'case.created',
    subjectType: 'penaltyCase',
    subjectId: row.id,
    payload: values,
  });
  return { id: row.id, seq };
}

export function assertEnoughInvestigators(procedure: string, ids: readonly string[]) {
  const needed = procedure === 'general' ? 2 : 1;
  if (ids.length < needed)
    throw new RuleViolation(
      `${procedure === 'general' ? '一般程序' : '简易程序'}的执法人员不得少于${needed}人`,
      'investigatorIds',
      '行政处罚法 第四十二条、第五十二条',
    );
}

export async function createCase(app: AppContext, actor: Actor, input: CreateCaseIn): Promise<CaseDetailOut> {
  const owner = await orgInScope(app.db, actor, input.orgId);
  violationType(input.violationTypeCode);
  const on = today(app);
  if (input.violationDate > on) throw new ValidationError('违法行为发生日期不能晚于今天', 'violationDate');
  const ids = [...new Set(input.investigatorIds)];
  assertEnoughInvestigators(input.procedure, ids);
  for (const id of ids) await getPerson(app, actor, id);
  await assertCanEnforce(app.db, ids, on, 'investigatorIds');
  const party = input.partyKind === 'organisation' ? await getEnterprise(app, actor, input.enterpriseId!) : null;
  const values: NewCase = {
    orgId: owner.id,
    partyKind: input.partyKind,
    enterpriseId: party?.id ?? null,
    partyName: party?.name ?? input.citizenName!,
    partyIdNumber: party ? party.uscc : (input.citizenIdNumber ?? null),
    violationTypeCode: input.violationTypeCode,
    violationDate: input.violationDate,
    procedure: input.procedure,
    summary: input.summary,
    investigatorIds: ids,
    delegationCeilingYuan: await delegationCeiling(app.db, actor, owner.id, on),
  };
  const { id } = await app.db.transaction((tx) => insertCase(tx, app, actor, values));
  return getCase(app, actor, id);
}

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

type AfterWrite = (tx: Tx, ledgerSeq: number) => Promise<void>;

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

/**
 * Takes one event on a case: the pure state machine decides, and the new state, its particulars
 * and due dates, the instrument numbers, the case_event row and the ledger entry commit together.
 */
export async function fire(
  app: AppContext,
  actor: Actor,
  id: string,
  input: FireIn,
  review?: { record: Record<string, unknown>; afterWrite: AfterWrite },
): Promise<CaseDetailOut> {
  await applyEvent(app, actor, id, input, review);
  return getCase(app, actor, id);
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
    const surcharge = event === 'markOverdue' ? amountDue(row.penalty?.fineYuan ?? 0, row.paymentDueOn, on) : undefined;
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
    if (event === 'decide' || event === 'decideOnSite') await app.events.publish({ tx, actor, actSeq: seq }, 'case.decided', decidedOf(written, on));
    return written;
  });
  return toOut(stored, orgName, on);
}

export async function getCase(app: AppContext, actor: Actor, id: string): Promise<CaseDetailOut> {
  const { c, orgName } = await caseInScope(app.db, actor, id);
  const on = today(app);
  const events = await app.db
    .select({ e: caseEvent, actorName: userAccount.displayName })
    .from(caseEvent)
    .leftJoin(userAccount, eq(userAccount.id, caseEvent.actorId))
    .where(eq(caseEvent.caseId, id))
    .orderBy(asc(caseEvent.version));
  const reviews = await app.db
    .select({ r: legalReview, reviewerName: userAccount.displayName })
    .from(legalReview)
    .innerJoin(userAccount, eq(userAccount.id, legalReview.reviewerId))
    .where(eq(legalReview.caseId, id))
    .orderBy(asc(legalReview.at));
  const facts = factsOf(c, on, await investigatorsQualified(app.db, c.investigatorIds, on), await reviewHoldersOf(app.db, id));
  const available = offeredEvents(c.state as CaseState, pureActor(actor), facts, on).filter(
    (e) => !REVIEW_EVENTS.includes(e) && procedureAllows(c.procedure, e),
  );
  return {
    ...toOut(c, orgName, on),
    events: events.map(({ e, actorName }) => ({ ...e, eventName: CASE_EVENTS[e.event as CaseEventName]?.name ?? e.event, actorName })),
    reviews: reviews.map(({ r, reviewerName }) => ({ ...r, reviewerName })),
    evidence: await caseEvidence(app, actor, c),
    interviews: c.interviews.map(({ number, intervieweeName, intervieweeRole, startedAt }) => ({ number, intervieweeName, intervieweeRole, startedAt })),
    samplings: c.samplings.map((x) => ({ number: x.number, sampledAt: x.sampledAt, place: x.place, itemNames: x.items.map((i) => i.name) })),
    preservations: c.preservations.map(preservationOut),
    availableEvents: available.map((event) => ({ event, name: CASE_EVENTS[event].name })),
  };
}

const RECENT_FIRST = [desc(penaltyCase.updatedAt), asc(penaltyCase.id)];

/** A page of cases with the total: the list (list.ts) and the review queue. */
export async function listWhere(app: AppContext, where: SQL | undefined, order: SQL[], q: { limit: number; offset: number }) {
  const on = today(app);
  const rows = await app.db
    .select({ c: penaltyCase, orgName: org.name })
    .from(penaltyCase)
    .innerJoin(org, eq(org.id, penaltyCase.orgId))
    .where(where)
    .orderBy(...order)
    .limit(q.limit)
    .offset(q.offset);
  const [{ total }] = await app.db.select({ total: sql<number>`count(*)::int` }).from(penaltyCase).innerJoin(org, eq(org.id, penaltyCase.orgId)).where(where);
  return { items: rows.map(({ c, orgName }) => toOut(c, orgName, on)), total };
}

/** 法制审核 queue: cases of the reviewer's subtree awaiting review, never one they investigated. */
export async function reviewQueue(app: AppContext, actor: Actor) {
  // The table (platform/duties.ts) would refuse them anyway: not offered to an investigator or the hearing's chair.
  const own = actor.userId
    ? and(not(sql`${penaltyCase.investigatorIds} @> array[${actor.userId}]::uuid[]`), sql`${penaltyCase.hearingChairId} is distinct from ${actor.userId}`)
    : undefined;
  return listWhere(app, and(orgPathWithin(actor.orgPath), inArray(penaltyCase.state, [...REVIEW_STATES]), own), RECENT_FIRST, { limit: 200, offset: 0 });
}

const REVIEW_STEP_EVENTS = { internal: ['completeInternalReview', 'returnFromInternalReview'], legal: ['passLegalReview', 'failLegalReview'] } as const;

/** Who took the case's 审理 and 法制审核 so far, from its events: the separation-of-duties table reads them. */
async function reviewHoldersOf(ex: Executor, caseId: string): Promise<ReviewHolders> {
  const rows = await ex
    .select({ event: caseEvent.event, actorId: caseEvent.actorId })
    .from(caseEvent)
    .where(and(eq(caseEvent.caseId, caseId), inArray(caseEvent.event, [...REVIEW_STEP_EVENTS.internal, ...REVIEW_STEP_EVENTS.legal])));
  const of = (events: readonly string[]) => [...new Set(rows.filter((r) => events.includes(r.event) && r.actorId).map((r) => r.actorId as string))];
  return { internalReviewerIds: of(REVIEW_STEP_EVENTS.internal), legalReviewerIds: of(REVIEW_STEP_EVENTS.legal) };
}

export async function submitReview(app: AppContext, actor: Actor, id: string, input: ReviewIn): Promise<CaseDetailOut> {
  const problem = reviewProblem(input.outcome, input.checklist, input.opinion);
  if (problem) throw new ValidationError(problem.problem, problem.field);
  const { c } = await caseInScope(app.db, actor, id);
  if (!REVIEW_STATES.includes(c.state as CaseState))
    throw new RuleViolation(`案件处于「${CASE_STATES[c.state as CaseState]}」，不在法制审核环节`, 'state', '行政处罚法 第五十八条');
  // Checked here as well as by the workflow's guard, before the checklist is kept.
  const conflict = dutyConflict('case.legalReview', actor.userId, dutyHoldersOf(factsOf(c, today(app), true, await reviewHoldersOf(app.db, id))));
  if (conflict) throw new Forbidden(conflict.problem, 'actor');
  const record = { review: { stage: c.state, outcome: input.outcome, checklist: input.checklist, opinion: input.opinion } };
  const event = reviewEvent(input.outcome);
  return fire(
    app,
    actor,
    id,
    { event, version: input.version, payload: input.opinion ? { opinion: input.opinion } : {} },
    {
      record,
      afterWrite: async (tx, ledgerSeq) => {
        await tx.insert(legalReview).values({
          caseId: id,
          stage: c.state,
          reviewerId: actor.userId!,
          checklist: input.checklist,
          outcome: input.outcome,
          opinion: input.opinion,
          at: app.clock.now(),
          ledgerSeq,
        });
      },
    },
  );
}
