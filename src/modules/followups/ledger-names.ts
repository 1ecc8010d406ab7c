import { inArray } from 'drizzle-orm';
import { namesById } from '../../platform/ledger/names.js';
import type { SubjectNamer } from '../../platform/modules.js';
import { FOLLOW_UP_LABELS } from './codes.js';
import { followUpVisit } from './schema.js';

// How the ledger names a follow-up: what it is about.
export const followUpLedgerNames: Record<string, SubjectNamer> = {
  followUpVisit: async (ex, ids) =>
    namesById(
      await ex
        .select({ id: followUpVisit.id, kind: followUpVisit.subjectKind, title: followUpVisit.subjectTitle })
        .from(followUpVisit)
        .where(inArray(followUpVisit.id, ids)),
      (f) => `${FOLLOW_UP_LABELS.subjectKind[f.kind]}回访：${f.title}`,
    ),
};
