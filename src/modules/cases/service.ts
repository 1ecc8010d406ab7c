import { and, asc, desc, eq, inArray, not, sql, type SQL } from 'drizzle-orm';
import { userAccount } from '../../platform/auth/schema.js';
import type { Actor, AppContext } from '../../platform/context.js';
import type { Executor, Tx } from '../../platform/db/index.js';
import { dutyConflict } from '../../platform/duties.js';
import { Forbidden, RuleViolation, ValidationError } from '../../platform/errors.js';
import { appendEntry } from '../../platform/ledger/service.js';
import { org } from '../../platform/orgs/schema.js';
import { orgInScope, orgPathWithin } from '../../platform/orgs/scope.js';
import { orgDetail } from '../../platform/orgs/service.js';
import { violationType } from '../catalogue/service.js';
import { assertCanEnforce, getPerson } from '../people/service.js';
import { getEnterprise } from '../registry/service.js';
import { applyEvent, type AfterWrite } from './apply-event.js';
import { preservationOut } from './collection/rules.js';
import type { CaseDetailOut, CreateCaseIn, FireIn, ReviewIn } from './contract.js';
import { caseEvidence } from './from-finding/evidence.js';
import { caseInScope, investigatorsQualified, procedureAllows, pureActor, RELAYED_EVENTS, REVIEW_EVENTS, reviewHoldersOf, today, toOut } from './read.js';
import { caseEvent, legalReview, penaltyCase } from './schema.js';
import { dutyHoldersOf } from './workflow/guards.js';
import { CASE_EVENTS, CASE_STATES, REVIEW_STATES, type CaseEventName, type CaseState } from './workflow/machine.js';
import { factsOf, offeredEvents } from './workflow/particulars.js';
import { reviewEvent, reviewProblem } from './workflow/review.js';

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
    (e) => !REVIEW_EVENTS.includes(e) && !RELAYED_EVENTS.includes(e) && procedureAllows(c.procedure, e),
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
