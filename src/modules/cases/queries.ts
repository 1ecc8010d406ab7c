// What other modules read of the cases (the tips module: the cases a tip led to, and their fines;
// the follow-ups: who investigated a decided case; the deliberations: the cases awaiting 集体讨论).
// Read through these functions, never the table itself.
import { and, asc, eq, inArray, or, type SQL } from 'drizzle-orm';
import type { Executor } from '../../platform/db/index.js';
import { org } from '../../platform/orgs/schema.js';
import { orgPathWithin } from '../../platform/orgs/scope.js';
import { legalReview, penaltyCase } from './schema.js';
import { CASE_STATES, type CaseState } from './workflow/machine.js';

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
