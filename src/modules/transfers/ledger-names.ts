import { inArray } from 'drizzle-orm';
import { namesById } from '../../platform/ledger/names.js';
import type { SubjectNamer } from '../../platform/modules.js';
import { criminalTransfer, jointMeeting } from './schema.js';

// How the ledger names a transfer (the party and the day approved) and a joint meeting (its day).
export const transferLedgerNames: Record<string, SubjectNamer> = {
  criminalTransfer: async (ex, ids) =>
    namesById(
      await ex
        .select({ id: criminalTransfer.id, partyName: criminalTransfer.partyName, approvedOn: criminalTransfer.approvedOn })
        .from(criminalTransfer)
        .where(inArray(criminalTransfer.id, ids)),
      (t) => `${t.partyName} ${t.approvedOn} 移送公安机关`,
    ),
  jointMeeting: async (ex, ids) =>
    namesById(
      await ex.select({ id: jointMeeting.id, heldOn: jointMeeting.heldOn }).from(jointMeeting).where(inArray(jointMeeting.id, ids)),
      (m) => `${m.heldOn} 行刑衔接联席会议`,
    ),
};
