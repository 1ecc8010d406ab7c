import { inArray } from 'drizzle-orm';
import { namesById } from '../../platform/ledger/names.js';
import type { SubjectNamer } from '../../platform/modules.js';
import { penaltyCase } from './schema.js';

// How the ledger names a case: its party and, once decided, its decision number, the way the
// case file and the 公示 cite it (“咸安达美管桩有限公司 应急罚〔2026〕3号”).
export const caseLedgerNames: Record<string, SubjectNamer> = {
  penaltyCase: async (ex, ids) =>
    namesById(
      await ex
        .select({ id: penaltyCase.id, partyName: penaltyCase.partyName, decisionNumber: penaltyCase.decisionNumber })
        .from(penaltyCase)
        .where(inArray(penaltyCase.id, ids)),
      (c) => (c.decisionNumber ? `${c.partyName} ${c.decisionNumber}` : c.partyName),
    ),
};
