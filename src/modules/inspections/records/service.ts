// 现场检查记录: start (task in progress), save as the inspection goes, complete (numbers issued,
// task completed). Each step is one transaction with its ledger entry.
import { and, eq } from 'drizzle-orm';
import type { AppContext } from '../../../platform/context.js';
import { chinaDate } from '../../../platform/dates.js';
import { Conflict, RuleViolation, ValidationError } from '../../../platform/errors.js';
import { issueInstrumentNumber } from '../../../platform/documents/service.js';
import { hash } from '../../../platform/ledger/hash.js';
import { appendEntry } from '../../../platform/ledger/service.js';
import { payloadDigest } from '../../../platform/ledger/chain.js';
import { checklistsFor } from '../../catalogue/lists-service.js';
import { assertCanEnforce } from '../../people/service.js';
import type { RecordOut, SaveRecordIn } from '../contract.js';
import { completionProblem, signatureProblem } from './rules.js';
import { hazard, inspectionRecord, inspectionTask, type RecordItem } from '../schema.js';
import { officersOf } from '../../people/queries.js';
import { assertOnTeam, recordInScope, taskInScope, type InspectionActor } from '../scope.js';
import { enterpriseById } from '../../registry/queries.js';

type RecordRow = typeof inspectionRecord.$inferSelect;

async function checklistOf(app: AppContext, actor: InspectionActor, orgId: string, code: string | null) {
  if (!code) return undefined;
  return (await checklistsFor(app, actor, orgId)).find((c) => c.code === code);
}

export async function recordOut(app: AppContext, actor: InspectionActor, r: RecordRow): Promise<RecordOut> {
  const [task] = await app.db.select().from(inspectionTask).where(eq(inspectionTask.id, r.taskId));
  const e = (await enterpriseById(app.db, r.enterpriseId))!;
  const list = await checklistOf(app, actor, r.orgId, r.checklistCode);
  return {
    id: r.id,
    taskId: r.taskId,
    orgId: r.orgId,
    enterpriseId: r.enterpriseId,
    enterpriseName: e?.name ?? '',
    status: r.status,
    checklistCode: r.checklistCode,
    checklistTitle: list?.title ?? null,
    startedAt: r.startedAt,
    endedAt: r.endedAt,
    place: r.place,
    present: r.present,
    items: r.items.map(({ basis: _b, ...i }) => i),
    findings: r.findings,
    signerName: r.signerName,
    signed: !!r.signaturePng,
    signatureRefused: r.signatureRefused,
    number: r.number,
    orderNumber: r.orderNumber,
    officers: await officersOf(app.db, task.officerIds, chinaDate(r.startedAt)),
    version: r.version,
  };
}

export async function getRecord(app: AppContext, actor: InspectionActor, id: string) {
  return recordOut(app, actor, await recordInScope(app.db, actor, id));
}

/** The checklist named, else the one of the task's spot-check matter. */
function checklistCodeFor(task: typeof inspectionTask.$inferSelect, chosen: string | undefined) {
  if (chosen) return chosen;
  if (task.checklistCode) return task.checklistCode;
  throw new ValidationError('请选择检查表', 'checklistCode');
}

export async function startRecord(app: AppContext, actor: InspectionActor, taskId: string, input: { checklistCode?: string; place?: string }) {
  const task = await taskInScope(app.db, actor, taskId, 'taskId');
  assertOnTeam(actor, task.officerIds);
  if (task.status !== 'assigned') throw new RuleViolation('该检查任务已开始、已完成或已取消', 'taskId');
  const code = checklistCodeFor(task, input.checklistCode);
  if (!(await checklistOf(app, actor, task.orgId, code))) throw new ValidationError(`检查表 ${code} 不存在或已停用`, 'checklistCode');
  const now = app.clock.now();
  await assertCanEnforce(app.db, task.officerIds, chinaDate(now));
  const row = await app.db.transaction(async (tx) => {
    const moved = await tx
      .update(inspectionTask)
      .set({ status: 'inProgress' })
      .where(and(eq(inspectionTask.id, task.id), eq(inspectionTask.status, 'assigned')))
      .returning({ id: inspectionTask.id });
    if (!moved.length) throw new Conflict('该检查任务已被他人开始', 'taskId');
    const [r] = await tx
      .insert(inspectionRecord)
      .values({
        taskId: task.id,
        orgId: task.orgId,
        enterpriseId: task.enterpriseId,
        checklistCode: code,
        startedAt: now,
        place: input.place ?? '',
        createdBy: actor.userId,
      })
      .returning();
    await appendEntry(tx, app, {
      orgId: task.orgId,
      actorId: actor.userId,
      action: 'inspectionRecord.started',
      subjectType: 'inspectionRecord',
      subjectId: r.id,
      payload: { taskId: task.id, enterpriseId: task.enterpriseId, checklistCode: code, officerIds: task.officerIds },
    });
    return r;
  });
  return recordOut(app, actor, row);
}

async function editable(app: AppContext, actor: InspectionActor, id: string, version: number) {
  const r = await recordInScope(app.db, actor, id);
  const [task] = await app.db.select().from(inspectionTask).where(eq(inspectionTask.id, r.taskId));
  assertOnTeam(actor, task.officerIds);
  if (r.status !== 'inProgress') throw new RuleViolation('检查记录已完成，不能再修改', 'id');
  if (r.version !== version) throw new Conflict('检查记录已被他人修改，请刷新后重试', 'version');
  return { r, task };
}

const digestOf = (app: AppContext, value: unknown) => payloadDigest(app.hashAlg, value);

export async function saveRecord(app: AppContext, actor: InspectionActor, id: string, input: SaveRecordIn) {
  const { r } = await editable(app, actor, id, input.version);
  const list = await checklistOf(app, actor, r.orgId, r.checklistCode);
  const items: RecordItem[] = input.items.map((i, n) => {
    const item = list?.items.find((c) => c.code === i.code);
    if (!item) throw new ValidationError(`第 ${n + 1} 项：检查项 ${i.code} 不在检查表中`, `items.${n}.code`);
    return {
      code: i.code,
      text: item.text,
      result: i.result,
      ...(i.note ? { note: i.note } : {}),
      ...(item.majorHazardCode ? { majorHazardCode: item.majorHazardCode } : {}),
      basis: item.basis,
    };
  });
  if (new Set(items.map((i) => i.code)).size !== items.length) throw new ValidationError('检查项重复', 'items');
  let png: Buffer | null | undefined;
  if (input.signaturePng !== undefined) {
    png = input.signaturePng === null ? null : Buffer.from(input.signaturePng, 'base64');
    const problem = png && signatureProblem(png);
    if (problem) throw new ValidationError(problem, 'signaturePng');
  }
  const signatureRefused = input.signatureRefused?.trim() || null;
  if (png && signatureRefused) throw new ValidationError('已签名的记录不能同时注明拒绝签名', 'signatureRefused');
  const row = await app.db.transaction(async (tx) => {
    const [u] = await tx
      .update(inspectionRecord)
      .set({
        place: input.place,
        present: input.present,
        items,
        findings: input.findings,
        signerName: input.signerName ?? null,
        signatureRefused,
        ...(png !== undefined ? { signaturePng: png } : {}),
        version: r.version + 1,
      })
      .where(and(eq(inspectionRecord.id, r.id), eq(inspectionRecord.version, r.version)))
      .returning();
    if (!u) throw new Conflict('检查记录已被他人修改，请刷新后重试', 'version');
    await appendEntry(tx, app, {
      orgId: r.orgId,
      actorId: actor.userId,
      action: 'inspectionRecord.saved',
      subjectType: 'inspectionRecord',
      subjectId: r.id,
      payload: {
        version: u.version,
        itemsDigest: digestOf(app, items),
        signatureDigest: u.signaturePng ? hash(app.hashAlg, u.signaturePng).toString('hex') : null,
        signatureRefused: !!signatureRefused,
      },
    });
    return u;
  });
  return recordOut(app, actor, row);
}

/** Completes the record: checks it (rules.completionProblem), issues its numbers, completes the task. */
export async function completeRecord(app: AppContext, actor: InspectionActor, id: string, version: number) {
  const { r, task } = await editable(app, actor, id, version);
  const found = await app.db.select({ id: hazard.id, code: hazard.checkItemCode }).from(hazard).where(eq(hazard.recordId, r.id));
  const list = await checklistOf(app, actor, r.orgId, r.checklistCode);
  if (!list) throw new RuleViolation(`检查表 ${r.checklistCode ?? ''} 不存在或已停用，不能完成检查`, 'checklistCode');
  const problem = completionProblem(
    { ...r, signaturePng: !!r.signaturePng },
    { itemCodes: list.items.map((i) => i.code), hazardItemCodes: found.flatMap((h) => (h.code ? [h.code] : [])) },
  );
  if (problem) throw new RuleViolation(problem.problem, problem.field);
  const now = app.clock.now();
  const today = chinaDate(now);
  const row = await app.db.transaction(async (tx) => {
    const { number } = await issueInstrumentNumber(tx, app, actor, {
      orgId: r.orgId,
      type: 'inspectionRecord',
      subjectType: 'inspectionRecord',
      subjectId: r.id,
    });
    const orderNumber = found.length
      ? (await issueInstrumentNumber(tx, app, actor, { orgId: r.orgId, type: 'rectificationOrder', subjectType: 'inspectionRecord', subjectId: r.id })).number
      : null;
    const [u] = await tx
      .update(inspectionRecord)
      .set({ status: 'completed', endedAt: now, completedAt: now, number, orderNumber, version: r.version + 1 })
      .where(and(eq(inspectionRecord.id, r.id), eq(inspectionRecord.version, r.version)))
      .returning();
    if (!u) throw new Conflict('检查记录已被他人修改，请刷新后重试', 'version');
    await tx.update(inspectionTask).set({ status: 'completed', completedOn: today }).where(eq(inspectionTask.id, task.id));
    const { seq } = await appendEntry(tx, app, {
      orgId: r.orgId,
      actorId: actor.userId,
      action: 'inspectionRecord.completed',
      subjectType: 'inspectionRecord',
      subjectId: r.id,
      payload: {
        taskId: task.id,
        number,
        orderNumber,
        completedOn: today,
        itemsDigest: digestOf(app, r.items),
        hazardIds: found.map((h) => h.id),
        findings: r.findings,
      },
    });
    await app.events.publish({ tx, actor, actSeq: seq }, 'inspection.completed', {
      recordId: r.id,
      orgId: r.orgId,
      enterpriseId: r.enterpriseId,
      number,
      completedOn: today,
      findings: r.findings,
      hazardCount: found.length,
      matterCode: task.matterCode,
    });
    return u;
  });
  return recordOut(app, actor, row);
}
