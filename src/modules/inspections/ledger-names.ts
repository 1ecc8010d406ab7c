import { inArray } from 'drizzle-orm';
import { chinaDate } from '../../platform/dates.js';
import { namesById } from '../../platform/ledger/names.js';
import type { SubjectNamer } from '../../platform/modules.js';
import { enterpriseNameOf } from '../registry/queries.js';
import { campaign, hazard, inspectionEvidence, inspectionRecord, inspectionTask } from './schema.js';

// How the ledger names inspection records. A task, a record or a piece of evidence has no name of
// its own: officers know it by the enterprise and the day (the enterprise's name comes from the
// registry in the same query).
const HAZARD_CHARS = 30;
const clip = (s: string) => (s.length > HAZARD_CHARS ? `${s.slice(0, HAZARD_CHARS)}…` : s);

export const inspectionLedgerNames: Record<string, SubjectNamer> = {
  inspectionTask: async (ex, ids) =>
    namesById(
      await ex
        .select({ id: inspectionTask.id, enterprise: enterpriseNameOf(inspectionTask.enterpriseId), plannedOn: inspectionTask.plannedOn })
        .from(inspectionTask)
        .where(inArray(inspectionTask.id, ids)),
      (t) => `${t.enterprise} ${t.plannedOn}`,
    ),
  inspectionRecord: async (ex, ids) =>
    namesById(
      await ex
        .select({ id: inspectionRecord.id, enterprise: enterpriseNameOf(inspectionRecord.enterpriseId), startedAt: inspectionRecord.startedAt })
        .from(inspectionRecord)
        .where(inArray(inspectionRecord.id, ids)),
      (r) => `${r.enterprise} ${chinaDate(r.startedAt)}`,
    ),
  inspectionEvidence: async (ex, ids) =>
    namesById(
      await ex
        .select({ id: inspectionEvidence.id, enterprise: enterpriseNameOf(inspectionEvidence.enterpriseId), fileName: inspectionEvidence.fileName })
        .from(inspectionEvidence)
        .where(inArray(inspectionEvidence.id, ids)),
      (e) => `${e.enterprise} ${e.fileName}`,
    ),
  hazard: async (ex, ids) =>
    namesById(await ex.select({ id: hazard.id, description: hazard.description }).from(hazard).where(inArray(hazard.id, ids)), (h) => clip(h.description)),
  campaign: async (ex, ids) =>
    namesById(await ex.select({ id: campaign.id, name: campaign.name }).from(campaign).where(inArray(campaign.id, ids)), (c) => c.name),
};
