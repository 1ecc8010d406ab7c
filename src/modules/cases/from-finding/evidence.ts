// The evidence of a case opened from an inspection finding: the files of its source record and
// hazard, by reference (the bytes stay in inspections; the SM3 digest is the one written on upload).
import type { Actor, AppContext } from '../../../platform/context.js';
import { listHazardEvidence, listRecordEvidence } from '../../inspections/evidence/service.js';
import type { CaseEvidenceOut } from '../contract.js';

export async function caseEvidence(
  app: AppContext,
  actor: Actor,
  source: { sourceRecordId: string | null; sourceHazardId: string | null },
): Promise<CaseEvidenceOut[]> {
  const onRecord = source.sourceRecordId ? await listRecordEvidence(app, actor, source.sourceRecordId) : [];
  const onHazard = source.sourceHazardId ? await listHazardEvidence(app, actor, source.sourceHazardId) : [];
  return [...onRecord, ...onHazard].map(({ id, recordId, hazardId, kind, fileName, size, digest, alg, uploadedAt, origin, uploaderName }) => ({
    id,
    recordId,
    hazardId,
    kind,
    fileName,
    size,
    digest,
    alg,
    uploadedAt,
    origin,
    uploaderName,
  }));
}
