import { inArray } from 'drizzle-orm';
import { namesById } from '../../platform/ledger/names.js';
import type { SubjectNamer } from '../../platform/modules.js';
import { creditListing } from './schema.js';

// How the ledger names a listing: the penalty decision it rests on.
export const creditLedgerNames: Record<string, SubjectNamer> = {
  creditListing: async (ex, ids) =>
    namesById(
      await ex.select({ id: creditListing.id, number: creditListing.penaltyDecisionNumber }).from(creditListing).where(inArray(creditListing.id, ids)),
      (l) => `严重失信主体名单：${l.number}`,
    ),
};
