import { inArray } from 'drizzle-orm';
import { namesById } from '../../platform/ledger/names.js';
import type { SubjectNamer } from '../../platform/modules.js';
import { TIP_LABELS } from './contract.js';
import { tip } from './schema.js';

// How the ledger names a tip: its receipt code and kind, never who tipped.
export const tipLedgerNames: Record<string, SubjectNamer> = {
  tip: async (ex, ids) =>
    namesById(
      await ex.select({ id: tip.id, receipt: tip.receipt, kind: tip.kind }).from(tip).where(inArray(tip.id, ids)),
      (t) => `${t.receipt}（${TIP_LABELS.kind[t.kind]}）`,
    ),
};
