// 企业自查自纠: an enterprise reports a hazard it found itself. No record and no 责令限期整改指令书:
// the hazard belongs to the enterprise's supervising org and then follows the same rectification
// loop as one found on an inspection (rules.ts hazardTransition).
import type { AppContext } from '../../../platform/context.js';
import { chinaDate } from '../../../platform/dates.js';
import { Forbidden, NotFound, ValidationError } from '../../../platform/errors.js';
import { appendEntry } from '../../../platform/ledger/service.js';
import { majorHazardCriterion } from '../../catalogue/standards/major-hazard-criteria.js';
import { enterpriseOrgPaths } from '../../registry/queries.js';
import type { HazardOut, SelfReportIn } from '../contract.js';
import { hazard } from '../schema.js';
import { isEnterpriseUser, type InspectionActor } from '../scope.js';
import { SELF_REPORT_BASIS, selfReportProblem } from './rules.js';
import { toOut } from './service.js';

/** The enterprise user's own enterprise reports a hazard: one transaction with its ledger entry. */
export async function reportHazard(app: AppContext, actor: InspectionActor, input: SelfReportIn): Promise<HazardOut> {
  if (!isEnterpriseUser(actor)) throw new Forbidden('只有企业用户可以上报本企业的自查隐患', 'enterpriseId');
  if (!actor.enterpriseId) throw new Forbidden('该企业用户未关联企业', 'enterpriseId');
  if (input.enterpriseId && input.enterpriseId !== actor.enterpriseId) throw new Forbidden('只能上报本企业的自查隐患', 'enterpriseId');
  const [e] = await enterpriseOrgPaths(app.db, [actor.enterpriseId]);
  if (!e) throw new NotFound('企业不存在', 'enterpriseId');
  const today = chinaDate(app.clock.now());
  const bad = selfReportProblem(input, today);
  if (bad) throw new ValidationError(bad.problem, bad.field);
  if (input.majorHazardCode && !majorHazardCriterion(input.majorHazardCode))
    throw new ValidationError(`重大事故隐患判定情形 ${input.majorHazardCode} 不存在`, 'majorHazardCode');
  const row = await app.db.transaction(async (tx) => {
    const [h] = await tx
      .insert(hazard)
      .values({
        origin: 'selfReport',
        recordId: null,
        orgId: e.orgId,
        enterpriseId: e.id,
        description: input.description,
        location: input.location,
        majorHazardCode: input.majorHazardCode ?? null,
        grade: input.grade,
        measures: input.measures,
        deadline: input.deadline,
        responsiblePerson: input.responsiblePerson,
        foundOn: today,
        createdAt: app.clock.now(),
        createdBy: actor.userId,
      })
      .returning();
    await appendEntry(tx, app, {
      orgId: e.orgId,
      actorId: actor.userId,
      action: 'hazard.selfReported',
      subjectType: 'hazard',
      subjectId: h.id,
      payload: {
        enterpriseId: e.id,
        grade: h.grade,
        majorHazardCode: h.majorHazardCode,
        description: h.description,
        deadline: h.deadline,
        // A major one is the report the law asks of the enterprise.
        ...(h.grade === 'major' ? { basis: SELF_REPORT_BASIS } : {}),
      },
    });
    return h;
  });
  return (await toOut(app.db, [row]))[0];
}
