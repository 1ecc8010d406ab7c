// 行政许可申请: made as a draft (online by the enterprise user for its own enterprise, or at the
// counter by staff for the enterprise named), its material attached per the service guide's list,
// then submitted: the day it is received starts the 5 working days to accept (rules.ts). Every
// change is one transaction with its ledger entry; the files' SM3 digests go on the ledger.
import crypto from 'node:crypto';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { holds } from '../../platform/auth/capabilities.js';
import type { Actor, AppContext } from '../../platform/context.js';
import { chinaDate } from '../../platform/dates.js';
import { dayCode } from '../../platform/day-code.js';
import type { Tx } from '../../platform/db/index.js';
import { Conflict, Forbidden, NotFound, RuleViolation, ValidationError } from '../../platform/errors.js';
import { appendEntry } from '../../platform/ledger/service.js';
import { isInSubtree } from '../../platform/orgs/rules.js';
import { orgPathAbove } from '../../platform/orgs/scope.js';
import { org } from '../../platform/orgs/schema.js';
import { sniff } from '../../platform/sniff.js';
import { enterpriseOrgPaths, enterprisesByIds } from '../registry/queries.js';
import { licensingCapabilities } from './capabilities.js';
import type { ApplicationIn, ApplicationOut } from './contract.js';
import { SERVICE_GUIDES } from './matters.js';
import { runningClock } from './clock.js';
import { priorLicenceFor } from './prior-licence.js';
import { numberActInstrument } from './instrument-numbers.js';
import { type ApplicationEvent, applicationTransition } from './rules.js';
import { licence, licenseApplication, licenseMaterial } from './schema.js';

export type ApplicationRow = typeof licenseApplication.$inferSelect;
export type LicensingActor = Actor & { enterpriseId?: string | null };

export const MATERIAL_MAX_BYTES = 20 * 1024 * 1024;
const MATERIAL_TYPES = ['application/pdf', 'image/jpeg', 'image/png'];

export const isEnterpriseUser = (a: LicensingActor) => a.roles.includes('enterpriseUser');

export function assertCan(actor: Actor, capability: keyof typeof licensingCapabilities, what: string) {
  if (actor.userId !== null && !holds(licensingCapabilities, actor.roles, capability)) throw new Forbidden(`当前角色无权${what}`);
}

/** The application, if the actor may see it: staff within their subtree, an enterprise user its own enterprise's. */
export async function applicationInScope(app: AppContext, actor: LicensingActor, id: string, field = 'id') {
  const [found] = await app.db
    .select({ a: licenseApplication, orgPath: org.path, orgName: org.name })
    .from(licenseApplication)
    .innerJoin(org, eq(org.id, licenseApplication.orgId))
    .where(eq(licenseApplication.id, id));
  if (!found) throw new NotFound('许可申请不存在', field);
  if (isEnterpriseUser(actor) ? found.a.enterpriseId !== actor.enterpriseId : !isInSubtree(actor.orgPath, found.orgPath))
    throw new Forbidden('无权访问该许可申请', field);
  // An online draft is the enterprise's own until it is submitted: nothing has been received yet.
  if (!isEnterpriseUser(actor) && found.a.channel === 'online' && found.a.state === 'draft') throw new NotFound('许可申请不存在', field);
  return found;
}

/** The issuing bureau: the enterprise's own, or the nearest above it at the level the guide names. */
async function issuingOrg(app: AppContext, orgPath: string, level: 'city' | 'county') {
  const above = await app.db.select({ id: org.id, path: org.path, level: org.level }).from(org).where(orgPathAbove(orgPath));
  const ranked = above.filter((o) => o.level === level).sort((a, b) => b.path.length - a.path.length);
  const chosen = ranked[0] ?? above.sort((a, b) => b.path.length - a.path.length).find((o) => o.level !== 'township');
  if (!chosen) throw new RuleViolation('未找到该企业所在地的发证机关', 'enterpriseId');
  return chosen;
}

export async function createApplication(app: AppContext, actor: LicensingActor, input: ApplicationIn) {
  const online = isEnterpriseUser(actor);
  assertCan(actor, 'license.apply', online ? '在线申请许可' : '登记窗口许可申请');
  const enterpriseId = online ? actor.enterpriseId : input.enterpriseId;
  if (!enterpriseId) throw new ValidationError(online ? '该企业用户未关联企业' : '请选择申请企业', 'enterpriseId');
  if (online && input.enterpriseId && input.enterpriseId !== enterpriseId) throw new Forbidden('只能为本企业申请许可', 'enterpriseId');
  const [e] = await enterpriseOrgPaths(app.db, [enterpriseId]);
  if (!e) throw new NotFound('企业不存在', 'enterpriseId');
  if (!online && !isInSubtree(actor.orgPath, e.path)) throw new Forbidden('无权为本机构及下级以外的企业登记许可申请', 'enterpriseId');
  const levels = SERVICE_GUIDES[input.matterCode].issuers.map((i) => i.level);
  // A matter issued at two levels (the city for the kinds the guide names, the county for the rest):
  // the applicant says which its business falls under, as the guide explains.
  const now = app.clock.now();
  // A renewal or change goes to the licence's own issuer (原发证机关); a new one by the guide.
  const prior = await priorLicenceFor(app, input, enterpriseId, chinaDate(now));
  const level = levels.length === 1 ? levels[0] : input.issuerLevel;
  if (!prior && (!level || !levels.includes(level))) throw new ValidationError('请按办事指南选择发证机关（设区的市级或县级）', 'issuerLevel');
  const issuer = prior ? { id: prior.orgId } : await issuingOrg(app, e.path, level as NonNullable<typeof level>);
  return app.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(licenseApplication)
      .values({
        applicationNo: dayCode('XK', chinaDate(now), crypto.randomBytes(6)),
        matterCode: input.matterCode,
        orgId: issuer.id,
        enterpriseId,
        channel: online ? 'online' : 'counter',
        kind: prior?.kind ?? 'new',
        priorLicenceId: prior?.priorLicenceId ?? null,
        priorValidTo: prior?.priorValidTo ?? null,
        scope: input.scope,
        contactName: input.contactName,
        contactPhone: input.contactPhone,
        createdAt: now,
        createdBy: actor.userId,
      })
      .returning();
    await entry(tx, app, actor, row, 'license.drafted', {
      matterCode: row.matterCode,
      channel: row.channel,
      enterpriseId,
      kind: row.kind,
      ...(prior ? { priorLicenceId: prior.priorLicenceId } : {}),
    });
    return row.id;
  });
}

/** One ledger entry for the application, in the caller's transaction. */
export function entry(tx: Tx, app: AppContext, actor: Actor, a: ApplicationRow, action: string, payload: Record<string, unknown>) {
  return appendEntry(tx, app, {
    orgId: a.orgId,
    actorId: actor.userId,
    action,
    subjectType: 'licenseApplication',
    subjectId: a.id,
    payload: { applicationNo: a.applicationNo, ...payload },
  });
}

/** Moves the application at `version` to `set` with its ledger entry, or refuses a stale version. */
export async function advance(
  app: AppContext,
  actor: Actor,
  a: ApplicationRow,
  version: number,
  set: Partial<ApplicationRow>,
  action: string,
  payload: Record<string, unknown>,
  /** What else the act sets off in its own transaction (an event other modules take up). */
  then?: (tx: Tx, written: ApplicationRow, actSeq: number) => Promise<void>,
) {
  if (a.version !== version) throw new Conflict(`该申请已被他人处理（当前版本 ${a.version}），请刷新后重试`, 'version');
  await app.db.transaction(async (tx) => {
    const [row] = await tx
      .update(licenseApplication)
      .set({ ...set, version: a.version + 1 })
      .where(and(eq(licenseApplication.id, a.id), eq(licenseApplication.version, version)))
      .returning();
    if (!row) throw new Conflict('该申请已被他人处理，请刷新后重试', 'version');
    const { seq } = await entry(tx, app, actor, row, action, payload);
    await numberActInstrument(tx, app, actor, row, action);
    if (then) await then(tx, row, seq);
  });
}

/** The state `event` leads to from the application's, or a refusal naming why not (rules.ts). */
export function allowed(a: Pick<ApplicationRow, 'state'>, event: ApplicationEvent, paused = false) {
  const t = applicationTransition(a.state, event, { paused });
  if (!t.ok) throw new RuleViolation(t.problem, 'state');
  return t.to;
}

/** Who acts for the applicant: its own user online, the counter staff for a counter application. */
function assertApplicant(actor: LicensingActor, a: ApplicationRow) {
  assertCan(actor, 'license.apply', '提交申请材料');
  // The applicant's side acts for it: the enterprise online, the counter staff for what came to the counter.
  if ((a.channel === 'online') !== isEnterpriseUser(actor))
    throw new RuleViolation(a.channel === 'online' ? '网上申请由申请企业填写、提交和撤回' : '窗口申请由窗口工作人员登记、提交和撤回', 'id');
}

export async function uploadMaterial(app: AppContext, actor: LicensingActor, id: string, u: { materialCode: string; fileName: string; bytes: unknown }) {
  const { a } = await applicationInScope(app, actor, id);
  assertApplicant(actor, a);
  if (a.state !== 'draft' && a.state !== 'supplementRequested') throw new RuleViolation('申请已提交，只有在要求补正时才能补充材料', 'state');
  const guide = SERVICE_GUIDES[a.matterCode];
  if (!guide.materials.some((m) => m.code === u.materialCode)) throw new ValidationError('该许可事项没有这项申请材料', 'materialCode');
  if (!Buffer.isBuffer(u.bytes)) throw new ValidationError('请求体须为文件内容（Content-Type: application/octet-stream）', 'file');
  if (u.bytes.length === 0) throw new RuleViolation('文件为空', 'file');
  if (u.bytes.length > MATERIAL_MAX_BYTES) throw new RuleViolation('每个材料文件不能超过 20 MB', 'file');
  const contentType = sniff(u.bytes)?.contentType;
  if (!contentType || !MATERIAL_TYPES.includes(contentType)) throw new RuleViolation('申请材料只能是 PDF 文件或 JPG、PNG 图片', 'file');
  const digest = crypto.createHash('sm3').update(u.bytes).digest('hex');
  const bytes = u.bytes;
  return app.db.transaction(async (tx) => {
    const [m] = await tx
      .insert(licenseMaterial)
      .values({
        applicationId: a.id,
        materialCode: u.materialCode,
        fileName: u.fileName,
        contentType,
        size: bytes.length,
        digest,
        bytes,
        uploadedAt: app.clock.now(),
        uploadedBy: actor.userId,
      })
      .returning();
    await entry(tx, app, actor, a, 'license.materialAdded', { materialId: m.id, materialCode: m.materialCode, size: m.size, digest, alg: 'SM3' });
    return materialOut(m);
  });
}

const materialOut = (m: typeof licenseMaterial.$inferSelect) => ({
  id: m.id,
  materialCode: m.materialCode,
  fileName: m.fileName,
  contentType: m.contentType,
  size: m.size,
  digest: m.digest,
  uploadedAt: m.uploadedAt,
});

export async function materialsOf(app: AppContext, applicationId: string) {
  const rows = await app.db
    .select()
    .from(licenseMaterial)
    .where(and(eq(licenseMaterial.applicationId, applicationId), eq(licenseMaterial.withdrawn, false)))
    .orderBy(asc(licenseMaterial.uploadedAt), asc(licenseMaterial.id));
  return rows.map(materialOut);
}

export async function downloadMaterial(app: AppContext, actor: LicensingActor, id: string) {
  const [m] = await app.db.select().from(licenseMaterial).where(eq(licenseMaterial.id, id));
  if (!m) throw new NotFound('申请材料不存在', 'id');
  await applicationInScope(app, actor, m.applicationId);
  return m;
}

/** 提交 a draft, or send back what a 补正 notice asked for: the material must be complete. */
export async function submitApplication(app: AppContext, actor: LicensingActor, id: string, version: number) {
  const { a } = await applicationInScope(app, actor, id);
  assertApplicant(actor, a);
  const materials = await materialsOf(app, a.id);
  const today = chinaDate(app.clock.now());
  const names = new Map(SERVICE_GUIDES[a.matterCode].materials.map((m) => [m.code, m.name]));
  if (a.state === 'draft') {
    const to = allowed(a, 'submit');
    const missing = SERVICE_GUIDES[a.matterCode].materials.filter((m) => m.required && !materials.some((f) => f.materialCode === m.code));
    if (missing.length) throw new ValidationError(`请上传以下必需材料：${missing.map((m) => m.name).join('；')}`, 'materials');
    return advance(app, actor, a, version, { state: to, submittedAt: app.clock.now(), receivedOn: today, submittedBy: actor.userId }, 'license.submitted', {
      materials: materials.map((m) => ({ materialCode: m.materialCode, digest: m.digest })),
    });
  }
  const to = allowed(a, 'resubmit');
  const notice = a.supplementNotices.at(-1)!;
  const since = (m: { uploadedAt: Date }) => chinaDate(m.uploadedAt) >= notice.issuedOn;
  const unanswered = notice.items.filter((i) => !materials.some((m) => m.materialCode === i.materialCode && since(m)));
  if (unanswered.length)
    throw new ValidationError(`请按补正告知补充：${unanswered.map((i) => names.get(i.materialCode) ?? i.materialCode).join('；')}`, 'materials');
  const notices = [...a.supplementNotices.slice(0, -1), { ...notice, answeredOn: today }];
  return advance(app, actor, a, version, { state: to, receivedOn: today, supplementNotices: notices }, 'license.resubmitted', {
    materials: materials.filter(since).map((m) => ({ materialCode: m.materialCode, digest: m.digest })),
  });
}

/** 撤回: the applicant takes its application back before a decision. */
export async function withdrawApplication(app: AppContext, actor: LicensingActor, id: string, version: number) {
  const { a } = await applicationInScope(app, actor, id);
  assertApplicant(actor, a);
  return advance(app, actor, a, version, { state: allowed(a, 'withdraw'), closedOn: chinaDate(app.clock.now()) }, 'license.withdrawn', {});
}

/** The API's view: names resolved, the period now running computed for today. */
export async function applicationsOut(app: AppContext, rows: { a: ApplicationRow; orgName: string }[]): Promise<ApplicationOut[]> {
  const priorIds = [...new Set(rows.flatMap((r) => (r.a.priorLicenceId ? [r.a.priorLicenceId] : [])))];
  const [enterprises, priors] = await Promise.all([
    enterprisesByIds(app.db, new Set(rows.map((r) => r.a.enterpriseId))),
    priorIds.length
      ? app.db.select({ id: licence.id, licenceNo: licence.licenceNo, validTo: licence.validTo }).from(licence).where(inArray(licence.id, priorIds))
      : [],
  ]);
  const priorById = new Map(priors.map((p) => [p.id, p]));
  const today = chinaDate(app.clock.now());
  return rows.map(({ a, orgName }) => ({
    id: a.id,
    applicationNo: a.applicationNo,
    matterCode: a.matterCode,
    matterName: SERVICE_GUIDES[a.matterCode].name,
    orgId: a.orgId,
    orgName,
    enterpriseId: a.enterpriseId,
    enterpriseName: enterprises.get(a.enterpriseId)?.name ?? '',
    channel: a.channel,
    kind: a.kind,
    priorLicence: a.priorLicenceId ? (priorById.get(a.priorLicenceId) ?? null) : null,
    deemedGranted: a.deemedGranted,
    state: a.state,
    scope: a.scope,
    contactName: a.contactName,
    contactPhone: a.contactPhone,
    createdAt: a.createdAt,
    submittedAt: a.submittedAt,
    receivedOn: a.receivedOn,
    supplementNotices: a.supplementNotices.map(({ issuedBy: _by, ...n }) => n),
    acceptedOn: a.acceptedOn,
    deemedAccepted: a.deemedAccepted,
    refusalReason: a.refusalReason,
    pauses: a.pauses.map(({ by: _by, ...p }) => p),
    extensionDays: a.extensionDays,
    extensionReason: a.extensionReason,
    decidedOn: a.decidedOn,
    decisionReason: a.decisionReason,
    clock: runningClock(a, today),
    version: a.version,
  }));
}

export async function applicationDetail(app: AppContext, actor: LicensingActor, id: string) {
  assertCan(actor, 'license.read', '查看许可申请');
  const found = await applicationInScope(app, actor, id);
  const [[out], materials, [issued]] = await Promise.all([
    applicationsOut(app, [found]),
    materialsOf(app, id),
    app.db.select({ id: licence.id, licenceNo: licence.licenceNo }).from(licence).where(eq(licence.applicationId, id)),
  ]);
  return { ...out, materials, licence: issued ?? null };
}
