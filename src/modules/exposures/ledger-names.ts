import { inArray } from 'drizzle-orm';
import { namesById } from '../../platform/ledger/names.js';
import type { SubjectNamer } from '../../platform/modules.js';
import { EXPOSURE_LABELS } from './codes.js';
import { exposure, summons } from './schema.js';

// How the ledger names an item: its kind and title; a summons: whom and when.
export const exposureLedgerNames: Record<string, SubjectNamer> = {
  exposure: async (ex, ids) =>
    namesById(
      await ex.select({ id: exposure.id, kind: exposure.kind, title: exposure.title }).from(exposure).where(inArray(exposure.id, ids)),
      (e) => `${EXPOSURE_LABELS.kind[e.kind]}“${e.title}”`,
    ),
  summons: async (ex, ids) =>
    namesById(
      await ex.select({ id: summons.id, targetName: summons.targetName, heldOn: summons.heldOn }).from(summons).where(inArray(summons.id, ids)),
      (s) => `${s.heldOn} 约谈${s.targetName}`,
    ),
};
