// The record's instruments as files, rebuilt from the stored data each time (the numbers were
// issued when the record was completed), through the pure builders in instruments/.
import { and, asc, eq, inArray } from 'drizzle-orm';
import { ledgerEntry } from '../../../platform/ledger/schema.js';
import type { AppContext } from '../../../platform/context.js';
import { chinaDate } from '../../../platform/dates.js';
import { renderInstrument, type InstrumentFormat } from '../../../platform/documents/render/index.js';
import { RuleViolation } from '../../../platform/errors.js';
import { org } from '../../../platform/orgs/schema.js';
import { buildInspectionRecord, buildRectificationOrder, type OfficerOnSite, type RectificationOrderData } from '../instruments/index.js';
import { hazard, inspectionTask } from '../schema.js';
import { officersOf } from '../../people/queries.js';
import { recordInScope, type InspectionActor } from '../scope.js';
import { recordOut } from './service.js';
import { enterpriseById } from '../../registry/queries.js';

/** 复议机关 is the org's people's government (行政复议法 第二十四条); the court, the one with jurisdiction. */
export function remediesFor(orgName: string) {
  const government = orgName.replace(/应急管理(局|厅|部)$/, '人民政府');
  return { reviewBody: government === orgName ? `${orgName}的本级人民政府` : government, court: '有管辖权的人民法院' };
}

async function loaded(app: AppContext, actor: InspectionActor, id: string) {
  const r = await recordInScope(app.db, actor, id);
  if (r.status !== 'completed' || !r.number) throw new RuleViolation('检查记录完成后才能生成文书', 'id');
  const [task] = await app.db.select().from(inspectionTask).where(eq(inspectionTask.id, r.taskId));
  const [o] = await app.db.select({ name: org.name }).from(org).where(eq(org.id, r.orgId));
  const e = (await enterpriseById(app.db, r.enterpriseId))!;
  const officers = (await officersOf(app.db, task.officerIds, chinaDate(r.startedAt))).map(
    (x): OfficerOnSite => ({ name: x.name, credentialNo: x.credentialNo ?? '' }),
  );
  return { r, o, e, officers };
}

export async function recordInstrument(app: AppContext, actor: InspectionActor, id: string, format: InstrumentFormat) {
  const { r, o, e, officers } = await loaded(app, actor, id);
  const out = await recordOut(app, actor, r);
  const signedOn = chinaDate(r.completedAt ?? r.startedAt);
  const inst = buildInspectionRecord({
    orgName: o.name,
    number: r.number!,
    enterprise: { name: e.name, address: e.address, legalRepresentative: e.legalRepresentative, uscc: e.uscc },
    startedAt: r.startedAt,
    endedAt: r.endedAt ?? r.startedAt,
    place: r.place,
    matter: out.checklistTitle ?? undefined,
    officers,
    present: r.present,
    items: r.items.map((i) => ({ text: i.text, result: i.result, note: i.note, basis: i.basis })),
    findings: r.findings,
    ...(r.signaturePng ? { enterpriseSignature: { name: r.signerName ?? '', signedOn, png: r.signaturePng } } : {}),
    ...(r.signatureRefused ? { signatureRefused: r.signatureRefused } : {}),
  });
  return renderInstrument(inst, format);
}

/**
 * 责令限期整改指令书 for the hazards of a record. Its deadline is the earliest deadline as the
 * hazards were found (from their `hazard.found` entries), so a later extension does not rewrite
 * an order already served.
 */
export async function rectificationOrderData(app: AppContext, actor: InspectionActor, id: string): Promise<RectificationOrderData> {
  const { r, o, e, officers } = await loaded(app, actor, id);
  const hazards = await app.db.select().from(hazard).where(eq(hazard.recordId, r.id)).orderBy(asc(hazard.createdAt));
  if (!hazards.length || !r.orderNumber) throw new RuleViolation('该检查记录没有登记隐患，无需责令限期整改', 'id');
  const issuedOn = chinaDate(r.completedAt!);
  return {
    orgName: o.name,
    number: r.orderNumber,
    enterpriseName: e.name,
    inspectedOn: chinaDate(r.startedAt),
    inspectionRecordNumber: r.number!,
    hazards: hazards.map((h) => ({
      description: h.description,
      location: h.location || undefined,
      major: h.grade === 'major',
      basis: r.items.find((i) => i.code === h.checkItemCode)?.basis ? [r.items.find((i) => i.code === h.checkItemCode)!.basis!] : undefined,
    })),
    deadline:
      (
        await originalDeadlines(
          app,
          hazards.map((h) => h.id),
        )
      ).sort()[0] ?? hazards.map((h) => h.deadline).sort()[0],
    issuedOn,
    officers,
    remedies: remediesFor(o.name),
  };
}

export async function rectificationOrderInstrument(app: AppContext, actor: InspectionActor, id: string, format: InstrumentFormat) {
  return renderInstrument(buildRectificationOrder(await rectificationOrderData(app, actor, id)), format);
}

async function originalDeadlines(app: AppContext, hazardIds: string[]) {
  const found = await app.db
    .select({ payload: ledgerEntry.payload })
    .from(ledgerEntry)
    .where(and(eq(ledgerEntry.action, 'hazard.found'), eq(ledgerEntry.subjectType, 'hazard'), inArray(ledgerEntry.subjectId, hazardIds)));
  return found.map((e) => (e.payload as { deadline: string }).deadline);
}
