// The archiving transaction's part of the 卷宗: the file is owed (a pending row with the archive
// act's ledger entry), so it is assembled after the commit and retried until it is (service.ts).
import type { Tx } from '../../../platform/db/index.js';
import { caseFile } from '../schema.js';

export async function oweCaseFile(tx: Tx, c: { id: string; orgId: string }, owedSeq: number, at: Date): Promise<void> {
  await tx.insert(caseFile).values({ caseId: c.id, orgId: c.orgId, status: 'pending', owedSeq, owedAt: at }).onConflictDoNothing();
}
