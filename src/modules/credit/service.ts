// 严重失信主体名单, the inclusion procedure: an officer proposes a listing from a decided penalty of
// the bureau (谁处罚、谁决定), the notice (列入告知书, numbered 信告) is served and the statement period
// runs, the party's statement is recorded, and the bureau's 负责人 — not the proposer — lists (列入决定书,
// numbered 信列) or withdraws; the decision's service is recorded. Every change: one transaction, one
// ledger entry, the version checked again in the UPDATE. The case is read only through getCase.
import { and, eq } from 'drizzle-orm';
import { holds } from '../../platform/auth/capabilities.js';
import type { Actor, AppContext } from '../../platform/context.js';
import { chinaDate } from '../../platform/dates.js';
import type { Executor, Tx } from '../../platform/db/index.js';
import type { InstrumentType } from '../../platform/documents/numbering.js';
import { issueInstrumentNumber } from '../../platform/documents/service.js';
import { dutyConflict } from '../../platform/duties.js';
import { Conflict, Forbidden, NotFound, RuleViolation, ValidationError } from '../../platform/errors.js';
import { appendEntry } from '../../platform/ledger/service.js';
import { isInSubtree } from '../../platform/orgs/rules.js';
import { org } from '../../platform/orgs/schema.js';
import type { CaseDetailOut } from '../cases/contract.js';
import { getCase } from '../cases/service.js';
import { enterprisesByIds } from '../registry/queries.js';
import { creditCapabilities } from './capabilities.js';
import { CREDIT_LABELS, type ListingStep } from './codes.js';
import type { DecideIn, ListingOut, NoticeIn, ProposeIn, ServeIn, StatementIn } from './contract.js';
import {
  criterionBasis,
  criterionOf,
  DECIDING_ORG_BASIS,
  LISTING_TERM,
  MEASURE,
  STATEMENT_PERIOD,
  STEP_TABLE,
  servedOnProblem,
  stateAfter,
  statementDueOn,
  stepProblem,
  termEndsOn,
} from './rules.js';
import { creditListing } from './schema.js';

export type Row = typeof creditListing.$inferSelect;

export function assertCan(actor: Actor, capability: keyof typeof creditCapabilities, what: string) {
  if (actor.userId !== null && !holds(creditCapabilities, actor.roles, capability)) throw new Forbidden(`当前角色无权${what}`);
}

/** The listing, if the actor's subtree holds the deciding bureau. */
export async function listingInScope(app: AppContext, actor: Actor, id: string, field = 'id') {
  const [found] = await app.db
    .select({ l: creditListing, orgPath: org.path, orgName: org.name })
    .from(creditListing)
    .innerJoin(org, eq(org.id, creditListing.orgId))
    .where(eq(creditListing.id, id));
  if (!found) throw new NotFound('严重失信主体名单记录不存在', field);
  if (!isInSubtree(actor.orgPath, found.orgPath)) throw new Forbidden('无权访问该名单记录', field);
  return found;
}

/** Rows as the API shows them, with the bureau's and the enterprise's names. */
export async function listingsOut(ex: Executor, rows: { l: Row; orgName: string }[]): Promise<ListingOut[]> {
  const firms = await enterprisesByIds(
    ex,
    rows.map((r) => r.l.enterpriseId),
  );
  return rows.map(({ l, orgName }) => ({
    ...l,
    orgName,
    enterpriseName: firms.get(l.enterpriseId)?.name ?? '',
    uscc: firms.get(l.enterpriseId)?.uscc ?? '',
    criterionLabel: criterionOf(l.criterion).label,
    basis: criterionBasis(l.criterion),
  }));
}

export async function getListing(app: AppContext, actor: Actor, id: string): Promise<ListingOut> {
  assertCan(actor, 'credit.read', '查看严重失信主体名单');
  const { l, orgName } = await listingInScope(app, actor, id);
  return (await listingsOut(app.db, [{ l, orgName }]))[0];
}

/** States a penalty case ends in without a decision that stands. */
const NOT_DECIDED = new Set(['notPunished', 'filingRevoked', 'transferred', 'transferredToPolice']);

/** The case through the cases module's own read, its refusals naming `caseId`. */
async function decidedCase(app: AppContext, actor: Actor, caseId: string): Promise<CaseDetailOut> {
  let c: CaseDetailOut;
  try {
    c = await getCase(app, actor, caseId);
  } catch (e) {
    if (e instanceof NotFound) throw new NotFound('案件不存在', 'caseId');
    if (e instanceof Forbidden) throw new Forbidden('无权访问该案件', 'caseId');
    throw e;
  }
  if (!c.decisionNumber || !c.decidedOn || !c.penalty || NOT_DECIDED.has(c.state))
    throw new RuleViolation('只能对已作出行政处罚决定的案件提出列入建议', 'caseId', `${MEASURE}第三条`);
  if (!c.enterpriseId) throw new RuleViolation('本系统暂只办理生产经营单位的列入；对有关人员的列入尚未开放', 'caseId');
  return c;
}

/** 提出列入建议: the listing belongs to the bureau that decided the penalty. */
export async function proposeListing(app: AppContext, actor: Actor, input: ProposeIn): Promise<ListingOut> {
  assertCan(actor, 'credit.handle', '提出列入严重失信主体名单建议');
  if (actor.userId === null) throw new RuleViolation('列入建议须由执法人员提出', 'caseId');
  const c = await decidedCase(app, actor, input.caseId);
  const today = chinaDate(app.clock.now());
  const id = await app.db.transaction(async (tx: Tx) => {
    const [row] = await tx
      .insert(creditListing)
      .values({
        caseId: c.id,
        penaltyDecisionNumber: c.decisionNumber as string,
        penaltyDecidedOn: c.decidedOn as string,
        orgId: c.orgId,
        enterpriseId: c.enterpriseId as string,
        criterion: input.criterion,
        facts: input.facts,
        proposedBy: actor.userId as string,
        proposedOn: today,
        createdAt: app.clock.now(),
      })
      .onConflictDoNothing()
      .returning({ id: creditListing.id });
    if (!row) throw new Conflict('该行政处罚决定已提出过列入建议', 'caseId');
    await appendEntry(tx, app, {
      orgId: c.orgId,
      actorId: actor.userId,
      action: 'credit.proposed',
      subjectType: 'creditListing',
      subjectId: row.id,
      payload: {
        caseId: c.id,
        penaltyDecisionNumber: c.decisionNumber,
        enterpriseId: c.enterpriseId,
        criterion: input.criterion,
        basis: criterionBasis(input.criterion),
      },
    });
    return row.id;
  });
  return getListing(app, actor, id);
}

function assertStep(l: Row, version: number, step: ListingStep, today: string) {
  if (l.version !== version) throw new Conflict(`该名单记录已被他人处理（当前版本 ${l.version}），请刷新后重试`, 'version');
  const problem = stepProblem(step, l, today);
  if (!problem) return;
  // A step from the wrong state, or taken twice, clashes with what was done; a decision too early or a removal before the term's end breaks the law's rule.
  if (!STEP_TABLE[step].from.includes(l.state) || step === 'statement' || step === 'serve')
    throw new Conflict(`${problem}（${CREDIT_LABELS.state[l.state]}）`, 'state');
  throw new RuleViolation(problem, 'state', step === 'remove' ? LISTING_TERM.basis : STATEMENT_PERIOD.basis);
}

/** One step at the version read, with its instrument number when it makes one, and its ledger entry, in one transaction. */
async function advance(
  app: AppContext,
  actor: Actor,
  l: Row,
  step: ListingStep,
  set: Partial<Row>,
  payload: Record<string, unknown>,
  numbered?: { type: InstrumentType; column: 'noticeNumber' | 'decisionNumber' },
) {
  await app.db.transaction(async (tx: Tx) => {
    const number = numbered
      ? (await issueInstrumentNumber(tx, app, actor, { orgId: l.orgId, type: numbered.type, subjectType: 'creditListing', subjectId: l.id })).number
      : null;
    const done = await tx
      .update(creditListing)
      .set({ ...set, ...(numbered ? { [numbered.column]: number } : {}), state: stateAfter(step), version: l.version + 1 })
      .where(and(eq(creditListing.id, l.id), eq(creditListing.version, l.version)))
      .returning({ id: creditListing.id });
    if (done.length === 0) throw new Conflict('该名单记录已被他人处理，请刷新后重试', 'version');
    await appendEntry(tx, app, {
      orgId: l.orgId,
      actorId: actor.userId,
      action: `credit.${ACTIONS[step]}`,
      subjectType: 'creditListing',
      subjectId: l.id,
      payload: { caseId: l.caseId, enterpriseId: l.enterpriseId, ...(number ? { number } : {}), ...payload },
    });
  });
}

/** The ledger action of each step (module.ts names them in Chinese). */
const ACTIONS: Record<ListingStep, string> = {
  notice: 'noticed',
  statement: 'statementRecorded',
  list: 'listed',
  withdraw: 'withdrawn',
  serve: 'decisionServed',
  remove: 'removed',
};

async function staffStep(app: AppContext, actor: Actor, id: string, capability: 'credit.handle' | 'credit.decide', what: string) {
  assertCan(actor, capability, what);
  return (await listingInScope(app, actor, id)).l;
}

/** 送达列入告知书: the reasons, the basis and the right to state and defend; the period runs from the day served. */
export async function serveNotice(app: AppContext, actor: Actor, id: string, input: NoticeIn): Promise<ListingOut> {
  const l = await staffStep(app, actor, id, 'credit.handle', '送达列入告知书');
  const today = chinaDate(app.clock.now());
  assertStep(l, input.version, 'notice', today);
  const bad = servedOnProblem(input.servedOn, l.proposedOn, today);
  if (bad) throw new ValidationError(`告知书送达日期：${bad}`, 'servedOn');
  const dueOn = statementDueOn(input.servedOn);
  await advance(
    app,
    actor,
    l,
    'notice',
    { noticeServedOn: input.servedOn, statementDueOn: dueOn },
    { servedOn: input.servedOn, statementDueOn: dueOn },
    {
      type: 'creditNotice',
      column: 'noticeNumber',
    },
  );
  return getListing(app, actor, id);
}

/** 登记陈述申辩: the words stay on the row; the ledger keeps that one was made and its length. */
export async function recordStatement(app: AppContext, actor: Actor, id: string, input: StatementIn): Promise<ListingOut> {
  const l = await staffStep(app, actor, id, 'credit.handle', '登记陈述申辩');
  const today = chinaDate(app.clock.now());
  assertStep(l, input.version, 'statement', today);
  const bad = servedOnProblem(input.receivedOn, l.noticeServedOn as string, today);
  if (bad) throw new ValidationError(`收到陈述申辩日期：${bad.replace('送达日期', '日期')}`, 'receivedOn');
  await advance(
    app,
    actor,
    l,
    'statement',
    { statement: input.statement, statementOn: input.receivedOn },
    { receivedOn: input.receivedOn, length: input.statement.length },
  );
  return getListing(app, actor, id);
}

/** 列入 or 不予列入, by a 负责人 of the deciding bureau who did not propose it. */
export async function decideListing(app: AppContext, actor: Actor, id: string, input: DecideIn): Promise<ListingOut> {
  const l = await staffStep(app, actor, id, 'credit.decide', '作出列入严重失信主体名单决定');
  const today = chinaDate(app.clock.now());
  assertStep(l, input.version, input.outcome, today);
  if (actor.userId !== null && actor.orgId !== l.orgId)
    throw new Forbidden('列入决定由作出行政处罚决定的应急管理部门作出（谁处罚、谁决定）', 'id', DECIDING_ORG_BASIS);
  const conflict = dutyConflict('credit.decide', actor.userId, { drafter: [l.proposedBy] });
  if (conflict) throw new Forbidden(conflict.problem, 'id', conflict.basis);
  const decided = { decidedBy: actor.userId, decidedOn: today, decisionReason: input.reason };
  if (input.outcome === 'withdraw') await advance(app, actor, l, 'withdraw', decided, { decidedOn: today });
  else {
    const ends = termEndsOn(today);
    await advance(
      app,
      actor,
      l,
      'list',
      { ...decided, listedOn: today, termEndsOn: ends },
      { listedOn: today, termEndsOn: ends, criterion: l.criterion },
      {
        type: 'creditListingDecision',
        column: 'decisionNumber',
      },
    );
  }
  return getListing(app, actor, id);
}

/** 登记列入决定书送达. */
export async function serveDecision(app: AppContext, actor: Actor, id: string, input: ServeIn): Promise<ListingOut> {
  const l = await staffStep(app, actor, id, 'credit.handle', '登记列入决定书送达');
  const today = chinaDate(app.clock.now());
  assertStep(l, input.version, 'serve', today);
  const bad = servedOnProblem(input.servedOn, l.decidedOn as string, today);
  if (bad) throw new ValidationError(`决定书送达日期：${bad}`, 'servedOn');
  await advance(app, actor, l, 'serve', { decisionServedOn: input.servedOn }, { servedOn: input.servedOn });
  return getListing(app, actor, id);
}
