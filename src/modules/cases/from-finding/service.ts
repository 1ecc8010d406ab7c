// 立案 from an inspection finding (issues 5 and 6): a hazard found on a completed 现场检查记录
// opens a general-procedure case pre-filled from the record. The record's evidence stays where it
// was uploaded; the case lists it by reference, with the SM3 digest the upload's ledger entry holds.
import { eq } from 'drizzle-orm';
import { isUniqueViolation } from '../../../platform/db/columns.js';
import type { Actor, AppContext } from '../../../platform/context.js';
import { chinaDate } from '../../../platform/dates.js';
import type { Executor, Tx } from '../../../platform/db/index.js';
import type { DomainEvents, EventContext } from '../../../platform/events.js';
import { Conflict, DomainError, RuleViolation } from '../../../platform/errors.js';
import { violationType } from '../../catalogue/service.js';
import { hazardInScope, recordInScope, taskTeam } from '../../inspections/scope.js';
import { assertCanEnforce } from '../../people/service.js';
import type { FindingDraftOut, FromFindingIn } from '../contract.js';
import { findingSummary, suggestedViolationTypes } from './rules.js';
import { penaltyCase } from '../schema.js';
import { assertEnoughInvestigators, delegationCeiling, getCase, insertCase, type NewCase } from '../service.js';
import { enterpriseById } from '../../registry/queries.js';

const FIELD = 'hazardId';

/** The team members who may investigate today: 行政处罚法 第四十二条 wants valid credentials. */
async function credentialed(ex: Executor, ids: readonly string[], on: string) {
  const ok: string[] = [];
  for (const id of ids) {
    try {
      await assertCanEnforce(ex, [id], on);
      ok.push(id);
    } catch (e) {
      if (!(e instanceof DomainError)) throw e;
    }
  }
  return ok;
}

/** The finding, checked: in the actor's subtree, on a completed record, not yet a case. */
async function finding(ex: Executor, actor: Actor, hazardId: string) {
  const h = await hazardInScope(ex, actor, hazardId, FIELD);
  if (!h.recordId) throw new RuleViolation('该隐患（hazardId）为企业自查上报，没有现场检查记录，不能依据检查发现立案', FIELD);
  const r = await recordInScope(ex, actor, h.recordId, FIELD);
  if (r.status !== 'completed') throw new RuleViolation('该隐患所在的现场检查记录尚未完成（须记录完整并签字），不能据此立案', FIELD, '行政处罚法 第五十四条');
  const [existing] = await ex.select({ id: penaltyCase.id }).from(penaltyCase).where(eq(penaltyCase.sourceHazardId, h.id));
  if (existing) throw new Conflict(`该隐患已立案（案件 ${existing.id}），不能重复立案`, FIELD);
  const team = await taskTeam(ex, r.taskId);
  const party = (await enterpriseById(ex, h.enterpriseId))!;
  return { h, r, team, party };
}

/** What the 立案 form starts from: the party, facts, team and the violation types the check item suggests. */
export async function findingDraft(app: AppContext, actor: Actor, hazardId: string): Promise<FindingDraftOut> {
  const on = chinaDate(app.clock.now());
  const { h, r, team, party } = await finding(app.db, actor, hazardId);
  const item = r.items.find((i) => i.code === h.checkItemCode);
  return {
    hazardId: h.id,
    recordId: r.id,
    recordNumber: r.number,
    orgId: h.orgId,
    enterpriseId: party.id,
    partyName: party.name,
    grade: h.grade,
    violationDate: chinaDate(r.startedAt),
    summary: findingSummary({
      recordNumber: r.number,
      inspectedOn: chinaDate(r.startedAt),
      place: r.place,
      description: h.description,
      location: h.location,
      item,
      majorHazardCode: h.majorHazardCode,
    }),
    investigatorIds: await credentialed(app.db, team, on),
    suggestedViolationTypeCodes: suggestedViolationTypes(item),
  };
}

export type PreparedCase = NewCase & { sourceHazardId: string };

/**
 * Every check of 立案 from a finding, reading only: the caller writes with `writeCaseFromFinding`
 * in its own transaction (the escalation of a hazard does both in one).
 */
export async function prepareCaseFromFinding(app: AppContext, actor: Actor, input: FromFindingIn, ex: Executor = app.db): Promise<PreparedCase> {
  const on = chinaDate(app.clock.now());
  const { h, r, team, party } = await finding(ex, actor, input.hazardId);
  violationType(input.violationTypeCode);
  const ids = input.investigatorIds?.length ? [...new Set(input.investigatorIds)] : await credentialed(ex, team, on);
  if (!input.investigatorIds?.length && ids.length < 2) {
    throw new RuleViolation('检查组中持有效执法证的人员不足两名，请指定调查人员', 'investigatorIds', '行政处罚法 第四十二条');
  }
  assertEnoughInvestigators('general', ids);
  await assertCanEnforce(ex, ids, on, 'investigatorIds');
  const item = r.items.find((i) => i.code === h.checkItemCode);
  return {
    orgId: h.orgId,
    partyKind: 'organisation',
    enterpriseId: party.id,
    partyName: party.name,
    partyIdNumber: party.uscc,
    violationTypeCode: input.violationTypeCode,
    violationDate: chinaDate(r.startedAt),
    procedure: 'general',
    summary:
      input.summary ??
      findingSummary({
        recordNumber: r.number,
        inspectedOn: chinaDate(r.startedAt),
        place: r.place,
        description: h.description,
        location: h.location,
        item,
        majorHazardCode: h.majorHazardCode,
      }),
    investigatorIds: ids,
    delegationCeilingYuan: await delegationCeiling(ex, actor, h.orgId, on),
    sourceRecordId: r.id,
    sourceHazardId: h.id,
  };
}

/** The unique index on source_hazard_id turns a concurrent second 立案 into the same 409. */
export async function writeCaseFromFinding(tx: Tx, app: AppContext, actor: Actor, prepared: PreparedCase): Promise<string> {
  let opened: { id: string; seq: number };
  try {
    opened = await insertCase(tx, app, actor, prepared);
  } catch (e) {
    if (isUniqueViolation(e)) throw new Conflict('该隐患已立案，不能重复立案', FIELD);
    throw e;
  }
  await app.events.publish({ tx, actor, actSeq: opened.seq }, 'case.openedFromFinding', {
    caseId: opened.id,
    hazardId: prepared.sourceHazardId,
    orgId: prepared.orgId,
  });
  return opened.id;
}

/** 升级处置 with a violation type opens the case in the escalation's transaction. */
export async function caseOnEscalation(e: DomainEvents['hazard.escalated'], { tx, actor }: EventContext, app: AppContext) {
  if (!e.violationTypeCode) return;
  const prepared = await prepareCaseFromFinding(app, actor, { hazardId: e.hazardId, violationTypeCode: e.violationTypeCode }, tx);
  await writeCaseFromFinding(tx, app, actor, prepared);
}

export async function openCaseFromFinding(app: AppContext, actor: Actor, input: FromFindingIn) {
  const prepared = await prepareCaseFromFinding(app, actor, input);
  const id = await app.db.transaction((tx) => writeCaseFromFinding(tx, app, actor, prepared));
  return getCase(app, actor, id);
}
