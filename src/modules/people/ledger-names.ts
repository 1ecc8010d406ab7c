import { eq, inArray } from 'drizzle-orm';
import { userAccount } from '../../platform/auth/schema.js';
import { namesById } from '../../platform/ledger/names.js';
import type { SubjectNamer } from '../../platform/modules.js';
import { credential } from './schema.js';

// How the ledger names a 执法证件: its holder and its number, as the card reads.
export const peopleLedgerNames: Record<string, SubjectNamer> = {
  credential: async (ex, ids) =>
    namesById(
      await ex
        .select({ id: credential.id, holder: userAccount.displayName, number: credential.number })
        .from(credential)
        .innerJoin(userAccount, eq(userAccount.id, credential.userId))
        .where(inArray(credential.id, ids)),
      (c) => `${c.holder} ${c.number}`,
    ),
};
