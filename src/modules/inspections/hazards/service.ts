// 隐患: registered on a record (or reported by the enterprise, self-report.ts), then moved by rules.hazardTransition — each move one transaction
// with its ledger entry, the version checked again in the UPDATE.
import { and, eq } from 'drizzle-orm';
import type { AppContext } from '../../../platform/context.js';
import { chinaDate } from '../../../platform/dates.js';
import type { Executor } from '../../../platform/db/index.js';
import { Conflict, Forbidden, RuleViolation, ValidationError } from '../../../platform/errors.js';
import { appendEntry } from '../../../platform/ledger/service.js';
import { issueInstrumentNumber } from '../../../platform/documents/service.js';
import { majorHazardCriterion } from '../../catalogue/standards/major-hazard-criteria.js';
import type { HazardIn, HazardOut } from '../contract.js';
import { hazardTransition, type HazardEvent, type HazardParty } from './rules.js';
import { hazard, inspectionTask } from '../schema.js';
import { assertOnTeam, hazardInScope, isEnterpriseUser, recordInScope, type InspectionActor } from '../scope.js';
import { enterprisesByIds } from '../../registry/queries.js';

type HazardRow = typeof hazard.$inferSelect;

/** `known`: the rows' enterprises when the caller has already read them (the export needs their USCC too). */
export async function toOut(ex: Executor, rows: HazardRow[], known?: Awaited<ReturnType<typeof enterprisesByIds>>): Promise<HazardOut[]> {
  if (!rows.length) return [];
  const names =
    known ??
    (await enterprisesByIds(
      ex,
      rows.map((r) => r.enterpriseId),
    ));
  return rows.map(({ createdAt: _c, createdBy: _b, ...h }) => ({ ...h, enterpriseName: names.get(h.enterpriseId)?.name ?? '' }));
}

export async function getHazard(app: AppContext, actor: InspectionActor, id: string): Promise<HazardOut> {
  return (await toOut(app.db, [await hazardInScope(app.db, actor, id)]))[0];
}

/** Registers a hazard found on the record, from a check item that found one or on its own. */
export async function addHazard(app: AppContext, actor: InspectionActor, recordId: string, input: HazardIn): Promise<HazardOut> {
  const r = await recordInScope(app.db, actor, recordId);
  const [task] = await app.db.select({ officerIds: inspectionTask.officerIds }).from(inspectionTask).where(eq(inspectionTask.id, r.taskId));
  assertOnTeam(actor, task.officerIds);
  if (r.status !== 'inProgress') throw new RuleViolation('检查记录已完成，隐患须在完成记录前登记', 'recordId');
  const today = chinaDate(app.clock.now());
  let majorHazardCode = input.majorHazardCode;
  if (input.checkItemCode) {
    const item = r.items.find((i) => i.code === input.checkItemCode);
    if (item?.result !== 'hazard') throw new ValidationError(`检查项 ${input.checkItemCode} 在本记录中未判定为存在隐患`, 'checkItemCode');
    majorHazardCode ??= item.majorHazardCode;
  }
  if (majorHazardCode && !majorHazardCriterion(majorHazardCode)) throw new ValidationError(`重大事故隐患判定情形 ${majorHazardCode} 不存在`, 'majorHazardCode');
  // The order is served today and must leave time to act: the deadline is a later day.
  if (input.deadline <= today) throw new ValidationError('整改期限应晚于今天', 'deadline');
  const row = await app.db.transaction(async (tx) => {
    const [h] = await tx
      .insert(hazard)
      .values({
        recordId: r.id,
        orgId: r.orgId,
        enterpriseId: r.enterpriseId,
        description: input.description,
        location: input.location,
        checkItemCode: input.checkItemCode ?? null,
        majorHazardCode: majorHazardCode ?? null,
        grade: majorHazardCode ? 'major' : 'general',
        measures: input.measures,
        deadline: input.deadline,
        responsiblePerson: input.responsiblePerson,
        foundOn: today,
        createdAt: app.clock.now(),
        createdBy: actor.userId,
      })
      .returning();
    await appendEntry(tx, app, {
      orgId: r.orgId,
      actorId: actor.userId,
      action: 'hazard.found',
      subjectType: 'hazard',
      subjectId: h.id,
      payload: {
        recordId: r.id,
        enterpriseId: r.enterpriseId,
        grade: h.grade,
        majorHazardCode: h.majorHazardCode,
        checkItemCode: h.checkItemCode,
        description: h.description,
        deadline: h.deadline,
      },
    });
    return h;
  });
  return (await toOut(app.db, [row]))[0];
}

const partyOf = (actor: InspectionActor): HazardParty => (isEnterpriseUser(actor) ? 'enterprise' : 'officer');

/** What each event writes besides the state and deadline. */
function notes(e: HazardEvent, today: string, closed: boolean): Partial<HazardRow> {
  switch (e.type) {
    case 'submitRectification':
      return { rectificationNote: e.note };
    case 'requestExtension':
      return { extensionReason: e.reason, requestedDeadline: e.until };
    case 'decideExtension':
      return { reinspectionNote: e.note, requestedDeadline: null };
    case 'reinspect':
      return { reinspectionNote: e.note, ...(closed ? { closedOn: today } : {}) };
    case 'extend':
      return { extensionReason: e.reason, requestedDeadline: null };
    case 'escalate':
      return { escalationReason: e.reason, escalationMeasure: e.measure ?? null };
    case 'markOverdue':
      return {};
  }
}

/** Moves a hazard by an event of the actor's party (enterprise or officer). */
export async function fireHazard(app: AppContext, actor: InspectionActor, id: string, event: HazardEvent, version: number): Promise<HazardOut> {
  const h = await hazardInScope(app.db, actor, id);
  const today = chinaDate(app.clock.now());
  const t = hazardTransition(h, event, partyOf(actor), today);
  if (!t.ok) throw t.forbidden ? new Forbidden(t.problem, 'id') : new RuleViolation(t.problem, 'id');
  if (h.version !== version) throw new Conflict('隐患已被他人处理，请刷新后重试', 'version');
  const row = await app.db.transaction(async (tx) => {
    const [u] = await tx
      .update(hazard)
      .set({ status: t.status, deadline: t.deadline, ...notes(event, today, t.closed), version: h.version + 1 })
      .where(and(eq(hazard.id, h.id), eq(hazard.version, h.version)))
      .returning();
    if (!u) throw new Conflict('隐患已被他人处理，请刷新后重试', 'version');
    const { seq } = await appendEntry(tx, app, {
      orgId: h.orgId,
      actorId: actor.userId,
      action: `hazard.${event.type}`,
      subjectType: 'hazard',
      subjectId: h.id,
      payload: { ...event, from: h.status, to: t.status, deadline: t.deadline, version: u.version },
    });
    // Escalation may open the case (立案): the cases module does it in this transaction.
    if (event.type === 'escalate')
      await app.events.publish({ tx, actor, actSeq: seq }, 'hazard.escalated', {
        hazardId: h.id,
        orgId: h.orgId,
        violationTypeCode: event.violationTypeCode ?? null,
      });
    if (t.closed)
      await app.events.publish({ tx, actor, actSeq: seq }, 'hazard.closed', {
        hazardId: h.id,
        orgId: h.orgId,
        enterpriseId: h.enterpriseId,
        grade: h.grade,
        description: h.description,
        closedOn: today,
        handlerIds: [...new Set([h.createdBy, actor.userId].filter((u): u is string => u !== null))],
      });
    // A re-inspection is answered by a 整改复查意见书, a measure by a 现场处理措施决定书: numbered here, with the act.
    // A self-report had no order, so its re-inspection answers none (documents.ts refuses the opinion).
    const numbered =
      event.type === 'reinspect'
        ? h.origin === 'inspection'
          ? 'reinspectionOpinion'
          : null
        : event.type === 'escalate' && event.measure
          ? 'onSiteMeasures'
          : null;
    if (numbered) await issueInstrumentNumber(tx, app, actor, { orgId: h.orgId, type: numbered, subjectType: 'hazard', subjectId: h.id });
    return u;
  });
  return (await toOut(app.db, [row]))[0];
}
