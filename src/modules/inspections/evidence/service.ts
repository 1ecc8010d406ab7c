// 证据材料: stored as bytes; the SM3 digest is computed on upload and written into the ledger
// entry of the same transaction, so a file later swapped in the table no longer matches.
import { asc, eq, getTableColumns, type SQL } from 'drizzle-orm';
import { userAccount } from '../../../platform/auth/schema.js';
import type { AppContext } from '../../../platform/context.js';
import { RuleViolation, ValidationError, NotFound } from '../../../platform/errors.js';
import { hash } from '../../../platform/ledger/hash.js';
import { appendEntry } from '../../../platform/ledger/service.js';
import type { EvidenceOut } from '../contract.js';
import type { EvidenceKind } from '../codes.js';
import { inspectionEvidence, inspectionTask } from '../schema.js';
import { assertOnTeam, hazardInScope, isEnterpriseUser, recordInScope, type InspectionActor } from '../scope.js';
import { sniff } from '../../../platform/sniff.js';
import { evidenceOrigin, evidenceProblem } from './rules.js';

export const MAX_EVIDENCE_BYTES = 20 * 1024 * 1024;

type EvidenceRow = Omit<typeof inspectionEvidence.$inferSelect, 'bytes'>;
interface Uploader {
  uploaderName: string | null;
  uploaderEnterpriseId: string | null;
}
const out = ({ orgId: _o, enterpriseId: _e, uploadedBy: _u, uploaderName, uploaderEnterpriseId, ...r }: EvidenceRow & Uploader): EvidenceOut => ({
  ...r,
  origin: evidenceOrigin(r, uploaderEnterpriseId !== null),
  uploaderName,
});

// A list never carries the files themselves: only what describes them, and who brought each.
const { bytes: _bytes, ...described } = getTableColumns(inspectionEvidence);
const listed = (where: SQL) => (db: AppContext['db']) =>
  db
    .select({ ...described, uploaderName: userAccount.displayName, uploaderEnterpriseId: userAccount.enterpriseId })
    .from(inspectionEvidence)
    .leftJoin(userAccount, eq(userAccount.id, inspectionEvidence.uploadedBy))
    .where(where)
    .orderBy(asc(inspectionEvidence.uploadedAt));

/** `bytes` is the raw request body, checked here after the scope so a refusal is a 403 first. */
interface Upload {
  fileName: string;
  kind: EvidenceKind;
  bytes: unknown;
}

function checked(u: Upload): asserts u is Upload & { bytes: Buffer } {
  if (!Buffer.isBuffer(u.bytes)) throw new ValidationError('请求体须为文件内容（Content-Type: application/octet-stream）', 'file');
  if (u.bytes.length > MAX_EVIDENCE_BYTES) throw new ValidationError('证据文件不能超过 20 MB', 'file');
  const problem = evidenceProblem(u.kind, u.bytes);
  if (problem) throw new ValidationError(problem, 'file');
}

async function store(
  app: AppContext,
  actor: InspectionActor,
  target: { orgId: string; enterpriseId: string; recordId: string | null; hazardId: string | null },
  u: Upload,
) {
  checked(u);
  const contentType = sniff(u.bytes)!.contentType;
  const digest = hash(app.hashAlg, u.bytes).toString('hex');
  const row = await app.db.transaction(async (tx) => {
    const [e] = await tx
      .insert(inspectionEvidence)
      .values({
        ...target,
        kind: u.kind,
        fileName: u.fileName,
        contentType,
        size: u.bytes.length,
        digest,
        alg: app.hashAlg,
        bytes: u.bytes,
        uploadedAt: app.clock.now(),
        uploadedBy: actor.userId,
      })
      .returning();
    await appendEntry(tx, app, {
      orgId: target.orgId,
      actorId: actor.userId,
      action: 'evidence.uploaded',
      subjectType: 'inspectionEvidence',
      subjectId: e.id,
      payload: {
        recordId: target.recordId,
        hazardId: target.hazardId,
        kind: u.kind,
        fileName: u.fileName,
        contentType,
        size: u.bytes.length,
        alg: app.hashAlg,
        digest,
      },
    });
    return e;
  });
  const { bytes: _stored, ...described } = row;
  const name = 'displayName' in actor && typeof actor.displayName === 'string' ? actor.displayName : actor.username;
  return out({ ...described, uploaderName: name, uploaderEnterpriseId: isEnterpriseUser(actor) ? (actor.enterpriseId ?? target.enterpriseId) : null });
}

/** Officers of the task add evidence to the record while it is open. */
export async function uploadRecordEvidence(app: AppContext, actor: InspectionActor, recordId: string, u: Upload) {
  const r = await recordInScope(app.db, actor, recordId);
  const [task] = await app.db.select({ officerIds: inspectionTask.officerIds }).from(inspectionTask).where(eq(inspectionTask.id, r.taskId));
  assertOnTeam(actor, task.officerIds);
  if (r.status !== 'inProgress') throw new RuleViolation('检查记录已完成，不能再添加证据', 'recordId');
  return store(app, actor, { orgId: r.orgId, enterpriseId: r.enterpriseId, recordId: r.id, hazardId: null }, u);
}

/** Rectification evidence (the enterprise) or re-inspection evidence (officers) on a hazard still open. */
export async function uploadHazardEvidence(app: AppContext, actor: InspectionActor, hazardId: string, u: Upload) {
  const h = await hazardInScope(app.db, actor, hazardId);
  if (h.status === 'closed') throw new RuleViolation('隐患已销号，不能再添加材料', 'hazardId');
  return store(app, actor, { orgId: h.orgId, enterpriseId: h.enterpriseId, recordId: null, hazardId: h.id }, u);
}

export async function listRecordEvidence(app: AppContext, actor: InspectionActor, recordId: string) {
  await recordInScope(app.db, actor, recordId);
  return (await listed(eq(inspectionEvidence.recordId, recordId))(app.db)).map(out);
}

export async function listHazardEvidence(app: AppContext, actor: InspectionActor, hazardId: string) {
  await hazardInScope(app.db, actor, hazardId);
  return (await listed(eq(inspectionEvidence.hazardId, hazardId))(app.db)).map(out);
}

/** The file, after the same scope check as its record or hazard. */
export async function downloadEvidence(app: AppContext, actor: InspectionActor, id: string) {
  const [e] = await app.db.select().from(inspectionEvidence).where(eq(inspectionEvidence.id, id));
  if (!e) throw new NotFound('证据文件不存在', 'id');
  if (e.hazardId) await hazardInScope(app.db, actor, e.hazardId);
  else if (e.recordId) await recordInScope(app.db, actor, e.recordId);
  return e;
}
