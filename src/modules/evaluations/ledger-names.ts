import { eq, inArray } from 'drizzle-orm';
import { namesById } from '../../platform/ledger/names.js';
import type { SubjectNamer } from '../../platform/modules.js';
import { org } from '../../platform/orgs/schema.js';
import { evaluationFile, evaluationRound } from './schema.js';

// How the ledger names a round (its org and name) and a file (its round and party).
export const evaluationLedgerNames: Record<string, SubjectNamer> = {
  evaluationRound: async (ex, ids) =>
    namesById(
      await ex
        .select({ id: evaluationRound.id, name: evaluationRound.name, orgName: org.name })
        .from(evaluationRound)
        .innerJoin(org, eq(org.id, evaluationRound.orgId))
        .where(inArray(evaluationRound.id, ids)),
      (x) => `${x.orgName} ${x.name}`,
    ),
  evaluationFile: async (ex, ids) =>
    namesById(
      await ex
        .select({ id: evaluationFile.id, partyName: evaluationFile.partyName, roundName: evaluationRound.name })
        .from(evaluationFile)
        .innerJoin(evaluationRound, eq(evaluationRound.id, evaluationFile.roundId))
        .where(inArray(evaluationFile.id, ids)),
      (x) => `${x.roundName}：${x.partyName} 案卷`,
    ),
};
