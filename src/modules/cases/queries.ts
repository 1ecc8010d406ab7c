// What other modules read of the cases (the tips module: the cases a tip led to, and their fines;
// the follow-ups: who investigated a decided case; the deliberations: the cases awaiting 集体讨论;
// the exposures: a decided case exposed or chosen as a typical case; the evaluations: the closed
// and archived cases drawn for 案卷评查 and who handled them).
// Read through these functions, never the table itself.
import { and, asc, eq, gte, inArray, lte, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../platform/db/index.js';
import { org } from '../../platform/orgs/schema.js';
import { orgPathWithin } from '../../platform/orgs/scope.js';
import { caseEvent, legalReview, penaltyCase } from './schema.js';
import { CASE_EVENTS, CASE_STATES, type CaseEventName, type CaseState } from './workflow/machine.js';

export interface CaseFromFinding {
  id: string;
  partyName: string;
  summary: string;
  state: CaseState;
  stateName: string;
  decisionNumber: string | null;
  decidedOn: string | null;
  /** The fine imposed by the decision; null until decided (a proposal is not a fine imposed). */
  fineYuan: number | null;
}

/** The cases opened from these on-site records or hazards (立案 from a finding). */
export async function casesFromFindings(ex: Executor, f: { recordIds: readonly string[]; hazardIds: readonly string[] }): Promise<CaseFromFinding[]> {
  if (f.recordIds.length === 0 && f.hazardIds.length === 0) return [];
  const rows = await ex
    .select()
    .from(penaltyCase)
    .where(
      or(
        f.recordIds.length ? inArray(penaltyCase.sourceRecordId, [...f.recordIds]) : undefined,
        f.hazardIds.length ? inArray(penaltyCase.sourceHazardId, [...f.hazardIds]) : undefined,
      ),
    )
    .orderBy(penaltyCase.createdAt);
  return rows.map((c) => ({
    id: c.id,
    partyName: c.partyName,
    summary: c.summary,
    state: c.state as CaseState,
    stateName: CASE_STATES[c.state as CaseState],
    decisionNumber: c.decisionNumber,
    decidedOn: c.decidedOn,
    fineYuan: c.decidedOn && c.penalty ? c.penalty.fineYuan : null,
  }));
}

/** The officers who investigated the case: a follow-up about it is never closed by one of them. */
export async function caseInvestigators(ex: Executor, caseId: string): Promise<string[]> {
  const [c] = await ex.select({ ids: penaltyCase.investigatorIds }).from(penaltyCase).where(eq(penaltyCase.id, caseId));
  return c?.ids ?? [];
}

/** A case as the collective deliberation (集体讨论, the deliberations module) reads it. */
export interface CaseForDeliberation {
  id: string;
  orgId: string;
  orgPath: string;
  partyName: string;
  summary: string;
  state: CaseState;
  stateName: string;
  awaiting: boolean;
  penalty: { measures: string[]; fineYuan: number; confiscationYuan: number } | null;
  investigatorIds: string[];
  /** The last 法制审核 opinion with its outcome (同意 …), or null when the case had none. */
  legalOpinion: string | null;
}

const REVIEW_NAMES: Record<string, string> = { pass: '同意', passWithChanges: '修改后同意', return: '退回补充调查', refuse: '不同意' };

async function deliberationView(ex: Executor, where: SQL): Promise<CaseForDeliberation[]> {
  const rows = await ex
    .select({ c: penaltyCase, orgPath: org.path })
    .from(penaltyCase)
    .innerJoin(org, eq(org.id, penaltyCase.orgId))
    .where(where)
    .orderBy(asc(penaltyCase.updatedAt), asc(penaltyCase.id))
    .limit(200);
  if (rows.length === 0) return [];
  const reviews = await ex
    .select({ caseId: legalReview.caseId, outcome: legalReview.outcome, opinion: legalReview.opinion })
    .from(legalReview)
    .where(
      inArray(
        legalReview.caseId,
        rows.map((r) => r.c.id),
      ),
    )
    .orderBy(asc(legalReview.at));
  const last = new Map(reviews.map((r) => [r.caseId, `${REVIEW_NAMES[r.outcome] ?? r.outcome}${r.opinion.trim() ? `：${r.opinion.trim()}` : ''}`]));
  return rows.map(({ c, orgPath }) => ({
    id: c.id,
    orgId: c.orgId,
    orgPath,
    partyName: c.partyName,
    summary: c.summary,
    state: c.state as CaseState,
    stateName: CASE_STATES[c.state as CaseState],
    awaiting: c.state === 'collectiveDeliberation',
    penalty: c.penalty ? { measures: [...c.penalty.measures], fineYuan: c.penalty.fineYuan, confiscationYuan: c.penalty.confiscationYuan ?? 0 } : null,
    investigatorIds: c.investigatorIds,
    legalOpinion: last.get(c.id) ?? null,
  }));
}

/** The cases of the subtree at `orgPath` awaiting collective deliberation (state 集体讨论), oldest first. */
export function casesAwaitingDeliberation(ex: Executor, orgPath: string): Promise<CaseForDeliberation[]> {
  return deliberationView(ex, and(eq(penaltyCase.state, 'collectiveDeliberation'), orgPathWithin(orgPath)) as SQL);
}

/** One case for the deliberation, whatever its state; undefined when there is none. The caller checks its scope. */
export async function caseForDeliberation(ex: Executor, id: string): Promise<CaseForDeliberation | undefined> {
  return (await deliberationView(ex, eq(penaltyCase.id, id)))[0];
}

/** A decided case as the exposures module reads it (警示曝光, 典型案例). */
export interface CaseForPublication {
  id: string;
  orgId: string;
  orgPath: string;
  partyKind: string;
  partyName: string;
  enterpriseId: string | null;
  summary: string;
  /** A decision that stands: numbered, dated, with measures, not ended without a penalty. */
  decided: boolean;
  decisionNumber: string | null;
  decidedOn: string | null;
  penalty: { measures: string[]; fineYuan: number; confiscationYuan: number } | null;
}

const NOT_STANDING: readonly CaseState[] = ['notPunished', 'filingRevoked', 'transferred', 'transferredToPolice'];

/** The cases of these ids, whatever their state; the caller checks their scope. */
export async function casesForPublication(ex: Executor, ids: readonly string[]): Promise<CaseForPublication[]> {
  if (ids.length === 0) return [];
  const rows = await ex
    .select({ c: penaltyCase, orgPath: org.path })
    .from(penaltyCase)
    .innerJoin(org, eq(org.id, penaltyCase.orgId))
    .where(inArray(penaltyCase.id, [...ids]));
  return rows.map(({ c, orgPath }) => ({
    id: c.id,
    orgId: c.orgId,
    orgPath,
    partyKind: c.partyKind,
    partyName: c.partyName,
    enterpriseId: c.enterpriseId,
    summary: c.summary,
    decided: !!c.decisionNumber && !!c.decidedOn && !!c.penalty && c.penalty.measures.length > 0 && !NOT_STANDING.includes(c.state as CaseState),
    decisionNumber: c.decisionNumber,
    decidedOn: c.decidedOn,
    penalty: c.penalty ? { measures: [...c.penalty.measures], fineYuan: c.penalty.fineYuan, confiscationYuan: c.penalty.confiscationYuan ?? 0 } : null,
  }));
}

/** A case as 行刑衔接 (the transfers module) reads it: its scope, state and the 移送材料清单. */
export interface CaseForCriminalTransfer {
  id: string;
  orgId: string;
  orgPath: string;
  partyName: string;
  summary: string;
  state: CaseState;
  stateName: string;
  /** The instruments numbered so far, in order (name, number), and the evidence gathered (name, number, what). */
  materials: { kind: 'instrument' | 'evidence'; name: string; number: string; note: string }[];
}

/** One case with its instruments and evidence list; undefined when there is none. The caller checks its scope. */
export async function caseForCriminalTransfer(ex: Executor, id: string): Promise<CaseForCriminalTransfer | undefined> {
  const [row] = await ex
    .select({ c: penaltyCase, orgPath: org.path })
    .from(penaltyCase)
    .innerJoin(org, eq(org.id, penaltyCase.orgId))
    .where(eq(penaltyCase.id, id));
  if (!row) return undefined;
  const { c } = row;
  const events = await ex
    .select({ event: caseEvent.event, numbers: caseEvent.instrumentNumbers })
    .from(caseEvent)
    .where(eq(caseEvent.caseId, id))
    .orderBy(asc(caseEvent.version));
  const items = (xs: readonly { name: string; quantity: number | string; unit: string }[]) => xs.map((x) => `${x.name}${x.quantity}${x.unit}`).join('、');
  const materials: CaseForCriminalTransfer['materials'] = [
    ...events.flatMap((e) =>
      e.numbers.map((n) => ({ kind: 'instrument' as const, name: CASE_EVENTS[e.event as CaseEventName]?.name ?? e.event, number: n, note: '' })),
    ),
    ...c.interviews.map((i) => ({ kind: 'evidence' as const, name: '询问笔录', number: i.number, note: `被询问人：${i.intervieweeName}` })),
    ...c.samplings.map((s) => ({ kind: 'evidence' as const, name: '抽样取证凭证', number: s.number, note: items(s.items) })),
    ...c.preservations
      .filter((p) => p.noticeNumber)
      .map((p) => ({ kind: 'evidence' as const, name: '先行登记保存证据通知书', number: p.noticeNumber!, note: items(p.items) })),
  ];
  return {
    id: c.id,
    orgId: c.orgId,
    orgPath: row.orgPath,
    partyName: c.partyName,
    summary: c.summary,
    state: c.state as CaseState,
    stateName: CASE_STATES[c.state as CaseState],
    materials,
  };
}

/** A closed or archived case as the 案卷评查 (the evaluations module) draws and scores it. */
export interface CaseForEvaluation {
  id: string;
  orgId: string;
  partyName: string;
  decisionNumber: string | null;
  /** The China day the closure was approved (批准结案). */
  closedOn: string;
  /** Who handled it, by duty (platform/duties.ts): none of them evaluates it. `approver`: anyone else who took a step on it. */
  handlers: { investigator: string[]; legalReviewer: string[]; hearingChair: string[]; approver: string[] };
}

const closedOnSql = sql<string>`to_char(max(${caseEvent.at}) at time zone 'Asia/Shanghai', 'YYYY-MM-DD')`;

/** The closed or archived cases of the orgs `orgIds` (each org's own, not its subtree's) whose closure was approved within [from, to]. */
export async function casesForEvaluation(ex: Executor, orgIds: readonly string[], from: string, to: string): Promise<CaseForEvaluation[]> {
  if (orgIds.length === 0) return [];
  const rows = await ex
    .select({
      id: penaltyCase.id,
      orgId: penaltyCase.orgId,
      partyName: penaltyCase.partyName,
      decisionNumber: penaltyCase.decisionNumber,
      closedOn: closedOnSql,
    })
    .from(penaltyCase)
    .innerJoin(caseEvent, and(eq(caseEvent.caseId, penaltyCase.id), eq(caseEvent.toState, 'closed')))
    .where(and(inArray(penaltyCase.orgId, [...orgIds]), inArray(penaltyCase.state, ['closed', 'archived'])))
    .groupBy(penaltyCase.id)
    .having(and(gte(closedOnSql, from), lte(closedOnSql, to)))
    .orderBy(asc(penaltyCase.id));
  return withHandlers(ex, rows);
}

/** These cases as the evaluation reads them, whatever their state now (closedOn empty when never closed). */
export async function casesForEvaluationById(ex: Executor, ids: readonly string[]): Promise<CaseForEvaluation[]> {
  if (ids.length === 0) return [];
  const rows = await ex
    .select({
      id: penaltyCase.id,
      orgId: penaltyCase.orgId,
      partyName: penaltyCase.partyName,
      decisionNumber: penaltyCase.decisionNumber,
      closedOn: closedOnSql,
    })
    .from(penaltyCase)
    .leftJoin(caseEvent, and(eq(caseEvent.caseId, penaltyCase.id), eq(caseEvent.toState, 'closed')))
    .where(inArray(penaltyCase.id, [...ids]))
    .groupBy(penaltyCase.id);
  return withHandlers(
    ex,
    rows.map((r) => ({ ...r, closedOn: r.closedOn ?? '' })),
  );
}

async function withHandlers(ex: Executor, rows: Omit<CaseForEvaluation, 'handlers'>[]): Promise<CaseForEvaluation[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const [cases, actors, reviewers] = await Promise.all([
    ex
      .select({ id: penaltyCase.id, investigatorIds: penaltyCase.investigatorIds, hearingChairId: penaltyCase.hearingChairId })
      .from(penaltyCase)
      .where(inArray(penaltyCase.id, ids)),
    ex.selectDistinct({ caseId: caseEvent.caseId, actorId: caseEvent.actorId }).from(caseEvent).where(inArray(caseEvent.caseId, ids)),
    ex.selectDistinct({ caseId: legalReview.caseId, actorId: legalReview.reviewerId }).from(legalReview).where(inArray(legalReview.caseId, ids)),
  ]);
  const sorted = (xs: Iterable<string | null>) => [...new Set([...xs].filter((x): x is string => !!x))].sort();
  return rows.map((r) => {
    const c = cases.find((x) => x.id === r.id);
    const investigator = sorted(c?.investigatorIds ?? []);
    const legalReviewer = sorted(reviewers.filter((x) => x.caseId === r.id).map((x) => x.actorId));
    const hearingChair = sorted([c?.hearingChairId ?? null]);
    const named = new Set([...investigator, ...legalReviewer, ...hearingChair]);
    const approver = sorted(actors.filter((x) => x.caseId === r.id && x.actorId && !named.has(x.actorId)).map((x) => x.actorId));
    return { ...r, handlers: { investigator, legalReviewer, hearingChair, approver } };
  });
}
