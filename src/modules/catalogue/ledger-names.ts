import { inArray } from 'drizzle-orm';
import { namesById } from '../../platform/ledger/names.js';
import type { SubjectNamer } from '../../platform/modules.js';
import { VIOLATION_TYPES } from './law/work-safety-law.js';
import { discretionBenchmark, orgChecklist, orgPowerItem } from './schema.js';

const violationTitle = new Map(VIOLATION_TYPES.map((v) => [v.code, v.title]));

// How the ledger names the catalogue's records. A benchmark row holds no title: it is the
// violation's, and one violation has a version per stage and effective date, so both are named.
export const catalogueLedgerNames: Record<string, SubjectNamer> = {
  discretionBenchmark: async (ex, ids) =>
    namesById(
      await ex
        .select({
          id: discretionBenchmark.id,
          code: discretionBenchmark.violationTypeCode,
          stage: discretionBenchmark.stage,
          effectiveFrom: discretionBenchmark.effectiveFrom,
        })
        .from(discretionBenchmark)
        .where(inArray(discretionBenchmark.id, ids)),
      (b) => `${violationTitle.get(b.code) ?? b.code}${b.stage === 'notCorrected' ? '（逾期未改正）' : ''} ${b.effectiveFrom}起`,
    ),
  orgChecklist: async (ex, ids) =>
    namesById(
      await ex.select({ id: orgChecklist.id, code: orgChecklist.code, title: orgChecklist.title }).from(orgChecklist).where(inArray(orgChecklist.id, ids)),
      (c) => `${c.title}（${c.code}）`,
    ),
  orgPowerItem: async (ex, ids) =>
    namesById(
      await ex.select({ id: orgPowerItem.id, code: orgPowerItem.code, name: orgPowerItem.name }).from(orgPowerItem).where(inArray(orgPowerItem.id, ids)),
      (p) => `${p.name}（${p.code}）`,
    ),
};
