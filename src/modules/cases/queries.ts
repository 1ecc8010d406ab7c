// What other modules read of the cases (the tips module: the cases a tip led to, and their fines;
// the follow-ups: who investigated a decided case).
// Read through these functions, never the table itself.
import { eq, inArray, or } from 'drizzle-orm';
import type { Executor } from '../../platform/db/index.js';
import { penaltyCase } from './schema.js';
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
