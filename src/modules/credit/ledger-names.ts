import { eq, inArray } from 'drizzle-orm';
import { namesById } from '../../platform/ledger/names.js';
import type { SubjectNamer } from '../../platform/modules.js';
import { creditListing, creditObjection, creditRepair } from './schema.js';

// How the ledger names a listing: the penalty decision it rests on.
export const creditLedgerNames: Record<string, SubjectNamer> = {
  creditListing: async (ex, ids) =>
    namesById(
      await ex.select({ id: creditListing.id, number: creditListing.penaltyDecisionNumber }).from(creditListing).where(inArray(creditListing.id, ids)),
      (l) => `严重失信主体名单：${l.number}`,
    ),
  creditRepair: async (ex, ids) =>
    namesById(
      await ex
        .select({ id: creditRepair.id, number: creditListing.penaltyDecisionNumber, on: creditRepair.appliedOn })
        .from(creditRepair)
        .innerJoin(creditListing, eq(creditListing.id, creditRepair.listingId))
        .where(inArray(creditRepair.id, ids)),
      (r) => `信用修复申请：${r.number}（${r.on}）`,
    ),
  creditObjection: async (ex, ids) =>
    namesById(
      await ex
        .select({ id: creditObjection.id, number: creditListing.penaltyDecisionNumber, on: creditObjection.receivedOn })
        .from(creditObjection)
        .innerJoin(creditListing, eq(creditListing.id, creditObjection.listingId))
        .where(inArray(creditObjection.id, ids)),
      (o) => `列入信息异议：${o.number}（${o.on}）`,
    ),
};
