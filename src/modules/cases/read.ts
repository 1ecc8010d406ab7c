// A case as the service reads it: in the actor's scope, shaped for output, and the facts about
// people (credentials, who reviewed) that the pure state machine takes as given.
import { and, eq, inArray } from 'drizzle-orm';
import type { Actor, AppContext } from '../../platform/context.js';
import { chinaDate } from '../../platform/dates.js';
import type { Executor } from '../../platform/db/index.js';
import { DomainError, NotFound } from '../../platform/errors.js';
import { org } from '../../platform/orgs/schema.js';
import { assertInSubtree } from '../../platform/orgs/scope.js';
import { VIOLATION_TYPES } from '../catalogue/law/work-safety-law.js';
import { assertCanEnforce } from '../people/service.js';
import type { CaseOut } from './contract.js';
import { caseEvent, penaltyCase } from './schema.js';
import { nextDeadline } from './workflow/deadlines.js';
import { payableFine } from './workflow/fine-credit.js';
import type { CaseEventName, CaseState } from './workflow/machine.js';
import type { CaseRow, ReviewHolders } from './workflow/particulars.js';
import { stateNameOf } from './workflow/state-name.js';

export const today = (app: AppContext) => chinaDate(app.clock.now());
export const pureActor = (actor: Actor) => ({ userId: actor.userId ?? '', roles: actor.roles });
export const REVIEW_EVENTS: readonly CaseEventName[] = ['passLegalReview', 'failLegalReview'];
/** Taken only as another module's act records them (the transfers module's 移回), never fired on the case page. */
export const RELAYED_EVENTS: readonly CaseEventName[] = ['resumeAfterPolice'];
/** 简易程序 (行政处罚法 第五十一条、第五十二条): decided on the spot, then only payment and closure. */
const SUMMARY_EVENTS: readonly CaseEventName[] = ['decideOnSite', 'recordPayment', 'requestClosure', 'approveClosure', 'archive'];
export const procedureAllows = (procedure: string, event: CaseEventName) =>
  procedure === 'summary' ? SUMMARY_EVENTS.includes(event) : event !== 'decideOnSite';

export function toOut(r: CaseRow, orgName: string, on: string): CaseOut {
  return {
    ...r,
    orgName,
    partyKind: r.partyKind as CaseOut['partyKind'],
    procedure: r.procedure as CaseOut['procedure'],
    state: r.state as CaseState,
    stateName: stateNameOf({ ...r, state: r.state as CaseState }, on),
    violationTitle: VIOLATION_TYPES.find((v) => v.code === r.violationTypeCode)?.title ?? r.violationTypeCode,
    waivers: r.waivers.map((w) => ({ waives: [...w.waives], waivedOn: w.waivedOn, signer: w.signer, recordedOn: w.recordedOn })),
    nextDeadline: nextDeadline({ ...r, state: r.state as CaseState }, on),
    payableFineYuan: r.penalty?.measures.includes('fine') ? payableFine(r.penalty.fineYuan, r.fineCredit).payableYuan : null,
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
export async function investigatorsQualified(ex: Executor, ids: string[], on: string): Promise<boolean> {
  try {
    await assertCanEnforce(ex, ids, on, 'investigatorIds');
    return true;
  } catch (e) {
    if (e instanceof DomainError) return false;
    throw e;
  }
}

const REVIEW_STEP_EVENTS = { internal: ['completeInternalReview', 'returnFromInternalReview'], legal: ['passLegalReview', 'failLegalReview'] } as const;

/** Who took the case's 审理 and 法制审核 so far, from its events: the separation-of-duties table reads them. */
export async function reviewHoldersOf(ex: Executor, caseId: string): Promise<ReviewHolders> {
  const rows = await ex
    .select({ event: caseEvent.event, actorId: caseEvent.actorId })
    .from(caseEvent)
    .where(and(eq(caseEvent.caseId, caseId), inArray(caseEvent.event, [...REVIEW_STEP_EVENTS.internal, ...REVIEW_STEP_EVENTS.legal])));
  const of = (events: readonly string[]) => [...new Set(rows.filter((r) => events.includes(r.event) && r.actorId).map((r) => r.actorId as string))];
  return { internalReviewerIds: of(REVIEW_STEP_EVENTS.internal), legalReviewerIds: of(REVIEW_STEP_EVENTS.legal) };
}
