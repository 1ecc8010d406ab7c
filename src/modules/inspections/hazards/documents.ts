// A hazard's own instruments, rebuilt from stored data each time: the 整改复查意见书 of its latest
// re-inspection and the 现场处理措施决定书 of its escalation. Their numbers were issued with the
// act (hazards.ts fireHazard); a download never issues one, and before the act there is none.
import { and, desc, eq } from 'drizzle-orm';
import type { AppContext } from '../../../platform/context.js';
import { chinaDate } from '../../../platform/dates.js';
import { renderInstrument, type InstrumentFormat } from '../../../platform/documents/render/index.js';
import { instrumentNumber } from '../../../platform/documents/schema.js';
import type { InstrumentType } from '../../../platform/documents/numbering.js';
import { RuleViolation } from '../../../platform/errors.js';
import { ledgerEntry } from '../../../platform/ledger/schema.js';
import { org } from '../../../platform/orgs/schema.js';
import { remediesFor } from '../records/documents.js';
import { buildOnSiteMeasures, buildReinspectionOpinion, type OfficerOnSite, type OnSiteMeasureCode } from '../instruments/index.js';
import type { OnSiteMeasure } from './rules.js';
import { inspectionRecord, inspectionTask } from '../schema.js';
import { officersOf } from '../../people/queries.js';
import { hazardInScope, type InspectionActor } from '../scope.js';
import { enterpriseById } from '../../registry/queries.js';

export const HAZARD_INSTRUMENTS = { 'reinspection-opinion': 'reinspectionOpinion', 'on-site-measures': 'onSiteMeasures' } as const satisfies Record<
  string,
  InstrumentType
>;
export type HazardInstrumentKind = keyof typeof HAZARD_INSTRUMENTS;

const ACT: Record<HazardInstrumentKind, { action: string; missing: string }> = {
  'reinspection-opinion': { action: 'hazard.reinspect', missing: '该隐患尚未复查，没有整改复查意见书' },
  'on-site-measures': { action: 'hazard.escalate', missing: '该隐患未采取现场处理措施，没有现场处理措施决定书' },
};

/** The record's wording of 安全生产法 第六十五条 measures, by the hazard's stored measure. */
const MEASURE_CODE: Record<OnSiteMeasure, OnSiteMeasureCode> = { suspendProduction: 'suspendProduction', stopUse: 'stopEquipment' };

async function latest(app: AppContext, hazardId: string, kind: HazardInstrumentKind) {
  const [n] = await app.db
    .select({ number: instrumentNumber.number, issuedAt: instrumentNumber.issuedAt })
    .from(instrumentNumber)
    .where(and(eq(instrumentNumber.subjectType, 'hazard'), eq(instrumentNumber.subjectId, hazardId), eq(instrumentNumber.type, HAZARD_INSTRUMENTS[kind])))
    .orderBy(desc(instrumentNumber.issuedAt), desc(instrumentNumber.serial))
    .limit(1);
  const [act] = await app.db
    .select({ at: ledgerEntry.at, payload: ledgerEntry.payload, actorId: ledgerEntry.actorId })
    .from(ledgerEntry)
    .where(and(eq(ledgerEntry.subjectType, 'hazard'), eq(ledgerEntry.subjectId, hazardId), eq(ledgerEntry.action, ACT[kind].action)))
    .orderBy(desc(ledgerEntry.seq))
    .limit(1);
  if (!n || !act) throw new RuleViolation(ACT[kind].missing, 'kind');
  return {
    number: n.number,
    on: chinaDate(act.at),
    actorId: act.actorId,
    payload: act.payload as { passed?: boolean; note?: string; measure?: OnSiteMeasure },
  };
}

export async function hazardInstrument(app: AppContext, actor: InspectionActor, id: string, kind: HazardInstrumentKind, format: InstrumentFormat) {
  const h = await hazardInScope(app.db, actor, id);
  // A self-report was never ordered rectified (no 责令限期整改指令书), so no opinion answers an order.
  if (!h.recordId && kind === 'reinspection-opinion') throw new RuleViolation('该隐患为企业自查上报，未下达责令限期整改指令书，没有整改复查意见书', 'kind');
  const { number, on, payload, actorId } = await latest(app, h.id, kind);
  const [r] = h.recordId ? await app.db.select().from(inspectionRecord).where(eq(inspectionRecord.id, h.recordId)) : [];
  const [task] = r ? await app.db.select({ officerIds: inspectionTask.officerIds }).from(inspectionTask).where(eq(inspectionTask.id, r.taskId)) : [];
  const [o] = await app.db.select({ name: org.name }).from(org).where(eq(org.id, h.orgId));
  const e = (await enterpriseById(app.db, h.enterpriseId))!;
  // Without a task the officers are the one who took the measure.
  const officerIds = task?.officerIds ?? (actorId ? [actorId] : []);
  const officers = (await officersOf(app.db, officerIds, on)).map((x): OfficerOnSite => ({ name: x.name, credentialNo: x.credentialNo ?? '' }));
  const measure = payload.measure ?? h.escalationMeasure;
  if (kind === 'on-site-measures' && !measure) throw new RuleViolation(ACT[kind].missing, 'kind');
  const finding = { description: h.description, ...(h.location ? { location: h.location } : {}), major: h.grade === 'major' };
  const inst =
    kind === 'reinspection-opinion'
      ? buildReinspectionOpinion({
          orgName: o.name,
          number,
          enterpriseName: e.name,
          orderNumber: r!.orderNumber ?? '',
          orderIssuedOn: chinaDate(r!.completedAt ?? r!.startedAt),
          reinspectedOn: on,
          results: [{ description: h.description, rectified: payload.passed === true, ...(payload.note ? { note: payload.note } : {}) }],
          officers,
        })
      : buildOnSiteMeasures({
          orgName: o.name,
          number,
          enterpriseName: e.name,
          decidedOn: on,
          findings: [finding],
          measures: [MEASURE_CODE[measure!]],
          officers,
          remedies: remediesFor(o.name),
        });
  return renderInstrument(inst, format);
}
