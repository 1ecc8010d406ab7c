import { eq, inArray } from 'drizzle-orm';
import { namesById } from '../../platform/ledger/names.js';
import type { SubjectNamer } from '../../platform/modules.js';
import { org } from '../../platform/orgs/schema.js';
import { deliberationMeeting } from './schema.js';

// How the ledger names a meeting: the org and the day.
export const deliberationLedgerNames: Record<string, SubjectNamer> = {
  deliberationMeeting: async (ex, ids) =>
    namesById(
      await ex
        .select({ id: deliberationMeeting.id, heldOn: deliberationMeeting.heldOn, orgName: org.name })
        .from(deliberationMeeting)
        .innerJoin(org, eq(org.id, deliberationMeeting.orgId))
        .where(inArray(deliberationMeeting.id, ids)),
      (m) => `${m.orgName} ${m.heldOn} 集体讨论会议`,
    ),
};
